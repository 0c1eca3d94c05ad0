-- §6.1 __metatable protects the metatable
local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t))
print(pcall(setmetatable, t, {}))
print(getmetatable("abc").__metatable)
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(getmetatable(setmetatable({}, nil)))
