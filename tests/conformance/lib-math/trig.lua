-- §6.7 trigonometric functions
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1))
print(math.atan(1, 1), math.atan(-1, -1), math.atan(0, -1), math.atan(1, 0), math.atan(0, 0), math.atan(-0.0, -1))
print(string.format("%.10f %.10f", math.sin(math.pi / 6), math.cos(math.pi / 3)))
print(math.asin(2) ~= math.asin(2), math.atan(math.huge))
print(math.atan(1, 2.0), math.atan(3))
-- pcall(math.atan) is omitted: lua5.4 names it math.atan2 or math.atan depending on hash order
