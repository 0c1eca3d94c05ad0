-- §6.8 file:lines with formats
local f = io.tmpfile()
f:write("10 20\nhello\n\nlast")
f:seek("set")
for a, b in f:lines("n", "n") do print(a, b) break end
f:seek("set")
local n = 0
for l in f:lines() do n = n + 1; io.write("[", l, "]") end
print(n)
f:seek("set")
for c in f:lines(4) do io.write("<", c, ">") end print()
f:close()
