-- §6.7 sqrt, exp, log with bases
print(math.sqrt(16), math.sqrt(2), math.sqrt(-1) ~= math.sqrt(-1), math.sqrt(math.huge))
print(math.exp(0), math.exp(1), math.log(1), math.log(math.exp(2)))
print(math.log(8, 2), math.log(100, 10), math.log(27, 3), math.log(1024, 4), math.log(0), math.log(-1) ~= math.log(-1))
print(math.log(2, 2.0), math.log(10, 10), math.log(1000, 10))
print(math.type(math.sqrt(4)), pcall(math.sqrt))
print(math.log(0, 10), math.log(8, 0), math.log(8, 1))
