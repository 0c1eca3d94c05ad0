-- §6.7 math.modf returns a float integral part and fraction
print(math.modf(3.7), math.modf(-3.7), math.modf(5), math.modf(-0.0))
print(math.modf(math.huge), math.modf(-math.huge))
local i, f = math.modf(0/0) print(i ~= i, f ~= f)
print(math.type((math.modf(5))), math.type(select(2, math.modf(5))))
print(math.modf(2^53 + 1), math.modf(1e100))
print(pcall(math.modf, "x"))
