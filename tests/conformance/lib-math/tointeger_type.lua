-- §6.7 math.tointeger and math.type
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger("8"), math.tointeger(2^63), math.tointeger(-2^63))
print(math.tointeger(5), math.tointeger({}), math.tointeger(0/0), math.tointeger(-0.0))
print(pcall(math.tointeger))
print(math.type(1), math.type(1.0), math.type("1"), math.type(nil), math.type({}))
print(pcall(math.type))
