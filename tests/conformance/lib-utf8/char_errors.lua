-- §6.5 utf8.char argument errors name the position
print(pcall(utf8.char, 65, 66, -1))
print(pcall(utf8.char, 65, {}, 66))
print(pcall(utf8.char, 2^31))
print(pcall(utf8.char, math.maxinteger))
print(utf8.char(0x7FFFFFFF) == "\u{7FFFFFFF}")
