local function idiv(a, b) return math.floor(a / b) end
print(idiv(7, 2), idiv(-7, 2), idiv(7, -2))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3))
print(math.modf(3.7), math.modf(-3.7))
print(7 % 2.5, 2^53 % 2)
