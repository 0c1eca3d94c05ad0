print(bit32.band(1, 3))
print(bit32.lshift("x", 1))
