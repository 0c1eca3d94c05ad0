-- §3.4.3 float-to-integer conversion only when exact
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger("8"), math.tointeger(2^63))
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.5))
local t = {}
t[1.0] = "a"; t[2] = "b"
print(t[1], t[2.0], #t)
print(3 | 0, 2^53 | 0)
for i = 1.0, 3 do io.write(tostring(i), " ") end print()
