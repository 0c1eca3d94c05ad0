-- §6.5 utf8.offset
local s = "aé€😀x"
for n = -6, 6 do io.write(tostring(utf8.offset(s, n)), " ") end
print()
print(utf8.offset(s, 0, 3), utf8.offset(s, 0, 5), utf8.offset(s, 0, 9), utf8.offset(s, 1, 2))
print(pcall(utf8.offset, s, 1, 3))
print(pcall(utf8.offset, s, 1, 20))
print(pcall(utf8.offset, s, 1, 0))
print(utf8.offset(s, -1, #s + 1), utf8.offset(s, 2, #s + 1), utf8.offset("", 1), utf8.offset("", -1))
print(utf8.offset("abc", 5), utf8.offset("abc", -5), utf8.offset("abc", 4), utf8.offset("abc", 0))
