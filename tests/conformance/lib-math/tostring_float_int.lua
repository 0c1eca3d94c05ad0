-- §6.7 results of math functions in string form
print(math.floor(-0.0), math.ceil(-0.1), math.abs(math.mininteger + 1), math.fmod(-0.0, 1))
print(3 / 1, 6 / 2, 2^2, 10 // 3.0, 1e308 * 10, -1e308 * 10)
print(math.sqrt(2)^2 == 2, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
