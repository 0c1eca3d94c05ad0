-- §6.7 floor and ceil return integers when representable
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.floor(5), math.ceil(-0.0))
print(math.type(math.floor(3.5)), math.type(math.ceil(3.5)), math.type(math.floor(1e100)))
print(math.floor(1e100), math.ceil(-1e100), math.floor(math.huge), math.ceil(-math.huge))
print(math.floor(2^62), math.floor(2^63), math.ceil(-2^63), math.floor(-2^63 - 1025))
local n = math.floor(0/0) print(n ~= n)
print(pcall(math.floor, "a"), math.floor("3.5"))
print(math.floor(-0.5), math.ceil(-0.5), math.ceil(0.5))
