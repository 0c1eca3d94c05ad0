-- §6.1 tonumber edge cases
print(tonumber("  10  "), tonumber("10 x"), tonumber("1e"), tonumber("0x1p-2"), tonumber("1E2"))
print(tonumber("-0"), tonumber("-0.0"), tonumber("+5"), tonumber("++5"), tonumber("0x-1"))
print(tonumber("z", 36), tonumber("Z", 36), tonumber("1.0", 10), tonumber("-", 10))
print(tonumber("9223372036854775808"), tonumber("-9223372036854775809"), math.type(tonumber("9223372036854775807")))
print(tonumber(true), tonumber({}), pcall(tonumber))
