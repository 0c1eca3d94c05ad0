-- §6.4 string.sub index normalisation
local s = "[in brackets]"
print(s:sub(2, -2), s:sub(-9, -2), s:sub(5), s:sub(-3))
print(s:sub(0), s:sub(-100), s:sub(100) == "", s:sub(3, 2) == "")
print(s:sub(1, 0) == "", s:sub(0, 0) == "", s:sub(-1, -1), s:sub(1, 1))
print(s:sub(math.mininteger, math.maxinteger) == s, s:sub(math.maxinteger) == "")
print(s:sub(2, math.mininteger) == "", s:sub(-2, 100))
print(("hello"):sub(2.0, 4.0), ("hello"):sub("2", "3"))
print(pcall(string.sub, "x", 1.5))
print(pcall(string.sub))
print(pcall(string.sub, "abc", nil, 2))
print(string.sub(12345, 2, 3))
