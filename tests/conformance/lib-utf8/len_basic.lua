-- §6.5 utf8.len with ranges and invalid bytes
local s = "aé€😀"
print(utf8.len(s), utf8.len(s, 2), utf8.len(s, 1, 1), utf8.len(s, -4), utf8.len(""), utf8.len(s, 11))
print(utf8.len("\xff"), utf8.len("ab\x80cd"), utf8.len("abc\xE4"), utf8.len("\xC0\x80"))
print(utf8.len("\xED\xA0\x80"), utf8.len("\xED\xA0\x80", 1, -1, true))
print(utf8.len(s, 3))
print(pcall(utf8.len, s, 0))
print(pcall(utf8.len, s, 12))
print(pcall(utf8.len, s, 1, 11))
print(utf8.len(s, 1, 10), utf8.len(s, 5, 4))
print(pcall(utf8.len))
