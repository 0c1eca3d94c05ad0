print(math.mod(7, 3), math.mod(-7, 3), math.fmod(-7, 3))
print(math.mod == math.fmod)
print(math.pow(2, 8), math.log10(0.01))
