-- §3.1 numeric literals and tonumber in the math domain
print(0x10, 0xA.8p0, 0x.1p4, 1e2, .5, 3., 0x1P-2, 0Xff)
print(tonumber("0x1p-1074") > 0, tonumber("1e309"), tonumber("-1e309"), tonumber("0x"), tonumber("1e"))
print(math.type(0x7fffffffffffffff), math.type(0xffffffffffffffffff), 0xffffffffffffffffff)
print(tonumber("9223372036854775807"), tonumber("9223372036854775808"), math.type(tonumber("9223372036854775808")))
print(tonumber("-9223372036854775808"), math.type(tonumber("-9223372036854775808")), tonumber("-9223372036854775809"))
