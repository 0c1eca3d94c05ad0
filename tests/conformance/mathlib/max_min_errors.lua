-- §6.7 math.max/min need at least one number
print(pcall(math.max))
print(pcall(math.min))
print(pcall(math.max, 1, "x"))
print(math.max(3), math.type(math.max(1, 2.0)), math.max(2, 2.0), math.min(2.0, 2))
