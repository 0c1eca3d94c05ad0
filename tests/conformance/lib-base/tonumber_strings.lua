-- §6.1 tonumber on strings without base
print(tonumber("10"), tonumber("10.0"), tonumber("  0x1F  "), tonumber("1e2"), tonumber(".5"), tonumber("5."))
print(tonumber("0x1p4"), tonumber("0x.8"), tonumber("1e"), tonumber("e1"), tonumber(""), tonumber(" "))
print(tonumber("inf"), tonumber("nan"), tonumber("1 2"), tonumber("1\0"), tonumber("- 1"), tonumber("--1"))
print(tonumber(10), tonumber(1.5), tonumber(nil), tonumber({}), tonumber(true))
print(tonumber("0x"), tonumber("0xg"), tonumber("1e+"), tonumber("1E-2"), tonumber("\t\n\v\f\r 7 \t"))
print(math.type(tonumber("10")), math.type(tonumber("1e1")), math.type(tonumber("0x10")), math.type(tonumber("9223372036854775808")))
