-- §6.5 negative indices in utf8 functions
local s = "héllo"
print(utf8.len(s, -3), utf8.len(s, -1), utf8.len(s, -6), utf8.len(s, 1, -2), utf8.len(s, -2, -1))
print(pcall(utf8.len, s, -10))
print(utf8.codepoint(s, -1), utf8.codepoint(s, -2, -1))
print(pcall(utf8.codepoint, s, -4))
