-- §3.1 decimal integer literals that overflow become floats; hex wraps around
print(9223372036854775807, math.type(9223372036854775807))
print(9223372036854775808, math.type(9223372036854775808))
print(0x10000000000000000, 0xffffffffffffffffff)
print(18446744073709551615, 1e400, -1e400)
