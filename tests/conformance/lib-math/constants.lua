-- §6.7 math constants
print(math.pi, math.huge, -math.huge, math.maxinteger, math.mininteger)
print(math.type(math.pi), math.type(math.huge), math.type(math.maxinteger))
print(math.maxinteger + 1 == math.mininteger, math.mininteger - 1 == math.maxinteger)
print(math.maxinteger + 1.0, math.mininteger + 0.0, -math.mininteger)
print(string.format("%.17g", math.pi))
