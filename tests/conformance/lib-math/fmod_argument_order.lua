-- §6.7 math.fmod: with two bad arguments, the release build of lua5.4 reports the second (found by
-- tests/difffuzz). Integers take the integer path, and only its divisor is checked for zero.
print(pcall(math.fmod, true, "x"))
print(pcall(math.fmod, nil, {}))
print(pcall(math.fmod, 1.5, "x"))
print(pcall(math.fmod, "x", 2.5))
print(pcall(math.fmod, 7, 0))
print(pcall(math.fmod, 7.0, 0))
print(math.fmod(-7, 3), math.fmod(7, -3), math.fmod(math.mininteger, -1), math.fmod("7", "3"))
