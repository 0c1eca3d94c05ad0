-- §6.1 metatables of strings and other types
local smt = getmetatable("")
print(smt == getmetatable("x"), smt.__index == string)
print(getmetatable(nil), getmetatable(1), getmetatable(true))
print(pcall(setmetatable, "x", {}))
print(("abc"):upper())
