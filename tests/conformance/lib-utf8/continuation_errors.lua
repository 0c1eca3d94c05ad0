-- §6.5 positions that are continuation bytes
local s = "€uro"
print(utf8.len(s, 2), utf8.len(s, 3), utf8.offset(s, 0, 2), utf8.offset(s, 0, 3))
print(pcall(utf8.offset, s, 2, 2))
print(pcall(utf8.offset, s, -1, 3))
print(utf8.offset(s, 1, 1), utf8.offset(s, 2, 1), utf8.offset(s, 3, 1), utf8.offset(s, -1, 4))
