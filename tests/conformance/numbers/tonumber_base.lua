-- §6.1 tonumber with a base
print(tonumber("ff", 16), tonumber("FF", 16), tonumber("777", 8), tonumber("zz", 36))
print(tonumber("101", 2), tonumber("102", 2), tonumber(" 11 ", 2), tonumber("-ff", 16))
print(tonumber("1.5", 10), tonumber("", 10), tonumber("8", 8), tonumber("7fffffffffffffff", 16))
print(tonumber("ffffffffffffffff", 16), tonumber("10000000000000000", 16))
print(pcall(tonumber, "10", 1), pcall(tonumber, "10", 37))
print(pcall(tonumber, 10, 16))
print(pcall(tonumber))
