local z = -0
print(z, 0 * -1, -0.0)
print(1 / (-0) < 0 and "neg inf" or "pos inf")
print(0 == -0)
local t = {}
t[0] = "zero"
print(t[-0])
print(string.format("%g %g", 0, -0))
