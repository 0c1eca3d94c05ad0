-- §6.4 string.byte/sub index normalisation
local s = "hello"
print(s:byte(-5, -1))
print(s:byte(0), s:byte(6), s:byte(3, 2))
print(s:sub(-3, -2), s:sub(2, 100))
