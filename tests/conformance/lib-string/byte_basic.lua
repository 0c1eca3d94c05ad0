-- §6.4 string.byte with default, positive and negative indices
local s = "ABCDE"
print(string.byte(s), s:byte(1), s:byte(5), s:byte(-1), s:byte(-5))
print(s:byte(1, 3))
print(s:byte(-3, -1))
print(s:byte(2, -2))
print(select("#", s:byte(4, 2)))
print(select("#", s:byte(0)), select("#", s:byte(6)), select("#", s:byte(100)))
print(s:byte(-100, 2))
print(s:byte(3, 100))
print(select("#", ("").byte("")))
print(string.byte("\0\255\128"), ("\0\255\128"):byte(2, 3))
