-- §6.7 math.randomseed() with no arguments returns the two seed components (5.4.4)
local a, b = math.randomseed()
print(math.type(a), math.type(b))
print(select("#", math.randomseed(10)))
