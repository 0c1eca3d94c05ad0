-- §6.5 codepoint out of bounds messages
local s = "abc"
print(pcall(utf8.codepoint, s, 4))
print(pcall(utf8.codepoint, s, 1, 4))
print(pcall(utf8.codepoint, s, -4))
print(select("#", utf8.codepoint(s, 4, 3)))
print(utf8.codepoint(s, -1), utf8.codepoint(s, 3, -1))
print(pcall(utf8.codepoint, s, 0, 1))
