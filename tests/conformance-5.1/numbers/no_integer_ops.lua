local load = loadstring or load
print(select(2, load("return 7 // 2")))
print(select(2, load("return 1 << 2")))
print(select(2, load("return 5 & 3")))
print(select(2, load("return ~5")))
print(math.type, math.tointeger, math.maxinteger, math.mininteger, math.ult)
print(string.format("%d", 3.0), string.format("%.0f", 2.5), string.format("%.0f", 3.5))
print(7 / 2, math.floor(7 / 2), 2^53 / 2, 1e300 * 1e300 == math.huge)
