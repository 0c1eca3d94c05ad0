-- §6.7 math.type, math.tointeger, math.ult
print(math.type(1), math.type(1.0), math.type("1"), math.type(nil))
print(math.tointeger(5.0), math.tointeger(5.5), math.tointeger("x"), math.tointeger(2^31))
print(pcall(math.type))
print(math.ult(0, -1), math.ult(5, 3))
