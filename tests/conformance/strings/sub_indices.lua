-- §6.4 string.sub with negative and out-of-range indices
local s = "abcdef"
print(s:sub(2), s:sub(-2), s:sub(2, -2), s:sub(0), s:sub(10), s:sub(-100, 2), s:sub(3, 2))
print(s:sub(math.mininteger, math.maxinteger), s:sub(4, 4), ("")
:sub(1, 1) == "")
print(pcall(string.sub))
print(pcall(string.sub, s, "x"))
print(s:sub(2.0, 3), pcall(string.sub, s, 2.5))
