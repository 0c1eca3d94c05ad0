-- §6.7 math.tointeger on strings and floats (5.4.4 converts convertible strings)
print(math.tointeger("0x10"), math.tointeger(" 7 "), math.tointeger("7.0"), math.tointeger("7.5"), math.tointeger("x"))
print(math.tointeger(2^53), math.tointeger(-2^63), math.tointeger(1e100), math.tointeger(math.huge))
