-- §6.7 trigonometry (printed with limited precision)
local function p(x) return string.format("%.10f", x) end
print(p(math.sin(0)), p(math.sin(math.pi / 2)), p(math.cos(0)), p(math.cos(math.pi)))
print(p(math.tan(math.pi / 4)), p(math.asin(1)), p(math.acos(0)), p(math.atan(1)))
print(p(math.atan(1, 1)), p(math.atan(-1, -1)), p(math.atan(0, -1)), math.atan(0, 1))
