local vals = {1, -1, 0, 0.5, 1e100, -1e-100, 123.456, 1e15, 1e16, 2^53, 2^53 + 1, 2^63, 1/0, -1/0, 3.14159265358979}
for i = 1, #vals do io.write(tostring(vals[i]), " ") end
print()
print(1e300 * 1e10, -1e300 * 1e10)
print(math.huge, -math.huge)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(100 / 3, 2^0.5, 10 / 2)
print(255 / 5, 7 / 2, -7 / 2)
