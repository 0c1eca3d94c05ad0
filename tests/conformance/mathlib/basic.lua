-- §6.7 math functions with deterministic results
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.floor(5))
print(math.type(math.floor(3.7)), math.type(math.floor(2^70)), math.floor(2^70))
print(math.max(1, 5, 3), math.min(1, 5, 3), math.max(1.5, 2), math.min(-1, -1.5))
print(math.abs(-3), math.abs(3.5), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2))
print(math.sqrt(16), math.sqrt(2), math.exp(0), math.log(1), math.log(8, 2), math.log(100, 10))
print(math.modf(3.7), math.modf(-3.7), math.modf(5), math.modf(math.huge))
print(math.pi, math.huge, -math.huge)
