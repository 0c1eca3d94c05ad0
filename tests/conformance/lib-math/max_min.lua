-- §6.7 math.max and math.min keep the winning value's type
print(math.max(1, 2, 3), math.max(3.0, 1), math.max(1, 3.0), math.min(1, 2.0), math.min(-0.0, 0))
print(math.max(5), math.min(-1), math.max(1, 1.0), math.min(1.0, 1))
print(math.type(math.max(1, 1.0)), math.type(math.max(1.0, 1)))
print(pcall(math.max))
print(pcall(math.min))
print(pcall(math.max, 1, "x"))
print(pcall(math.max, "10", 9))
print(math.max(math.huge, math.maxinteger), math.min(-math.huge, math.mininteger))
local nan = 0/0
print(math.max(nan, 1) ~= math.max(nan, 1), math.max(1, nan))
