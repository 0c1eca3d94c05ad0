-- §6.8 reading numbers in various formats
local f = io.tmpfile()
f:write("0x10 1e2 -3 .5 abc")
f:seek("set")
print(f:read("n", "n", "n", "n", "n"))
f:close()
