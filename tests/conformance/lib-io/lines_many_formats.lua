-- §6.8 lines iterator with several formats returns several values
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("10 20\n30 40\n") f:close()
for a, b in io.lines(name, "n", "n") do io.write(a, "+", b, "=", a + b, " ") end print()
print(pcall(io.lines, name, table.unpack((function() local t = {} for i = 1, 300 do t[i] = "n" end return t end)())))
os.remove(name)
