-- §6.1 tonumber with base and negatives / whitespace
print(tonumber(" -ff ", 16), tonumber("-0", 10), math.type(tonumber("-0", 10)), tonumber("- 1", 10))
print(tonumber("1e1", 16), tonumber("1.0", 16), tonumber("0x10", 10), tonumber("Ab", 16))
print(tonumber("99999999999999999999", 10), tonumber("-99999999999999999999", 10))
