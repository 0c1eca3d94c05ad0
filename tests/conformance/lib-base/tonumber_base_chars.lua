-- §6.1 tonumber with bases: digits beyond the base fail
print(tonumber("12", 2), tonumber("19", 8), tonumber("1a", 10), tonumber("1A", 11), tonumber("1a", 11))
print(tonumber("z", 36), tonumber("Z", 35), tonumber(" 10\n", 36), tonumber("1_0", 10))
print(tonumber("8000000000000000", 16), tonumber("-8000000000000000", 16))
