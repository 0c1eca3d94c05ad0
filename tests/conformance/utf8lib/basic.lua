-- §6.5 utf8 library
print(utf8.char(72, 228, 8364, 128512), utf8.charpattern)
print(utf8.len("häll€"), utf8.len("\xff"), utf8.len(""), utf8.len("abc", 2))
for p, c in utf8.codes("aé€") do io.write(p, ":", c, " ") end print()
print(utf8.codepoint("aé€", 1, -1))
print(utf8.offset("aé€x", 3), utf8.offset("aé€x", -1), utf8.offset("abc", 0, 2))
print(pcall(utf8.codepoint, "\xff"))
print(pcall(utf8.char, -1))
