-- §6.7 random accepts floats with integral values
math.randomseed(99)
print(math.random(3.0), math.random(2.0, 4.0), math.random("5"))
print(pcall(math.random, 2.5, 4))
print(pcall(math.random, 1, 2.5))
