local a, b = {}, {}
print("comparing")
print(a < b)
