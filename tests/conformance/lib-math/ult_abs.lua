-- §6.7 math.ult and math.abs
print(math.ult(1, 2), math.ult(-1, 2), math.ult(2, -1), math.ult(0, 0), math.ult(math.maxinteger, math.mininteger))
print(pcall(math.ult, 1.5, 2))
print(pcall(math.ult, 1))
print(math.ult(1.0, 2))
print(math.abs(-5), math.abs(5), math.abs(-0.0), math.abs(-1.5), math.abs(math.mininteger), math.abs(-math.huge))
print(math.type(math.abs(-3)), math.type(math.abs(-3.0)))
print(pcall(math.abs, "x"))
print(math.abs("-3"))
