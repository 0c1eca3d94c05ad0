-- §6.4 string.char
print(string.char(72, 105), string.char() == "", #string.char(0, 0, 0))
print(string.char(255):byte(), string.char("65", 66.0))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, 65, "x"))
print(pcall(string.char, 1.5))
print(pcall(string.char, 65, nil))
local t = {} for i = 97, 122 do t[#t + 1] = i end
print(string.char(table.unpack(t)))
