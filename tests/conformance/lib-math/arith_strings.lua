-- §6.7 math functions accept numeric strings
print(math.floor("3.7"), math.ceil("3.2"), math.abs("-2"), math.max("1", "2"), math.sqrt("16"), math.fmod("7", "3"))
print(math.type(math.floor("3.7")), math.type(math.abs("-2")), math.type(math.fmod("7", "3")))
print(pcall(math.floor, "x"))
print(pcall(math.floor, {}))
print(pcall(math.floor))
