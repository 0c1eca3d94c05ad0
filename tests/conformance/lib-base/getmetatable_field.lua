-- §6.1 getmetatable returns __metatable when present
local t = setmetatable({}, {__metatable = false})
print(getmetatable(t))
print(pcall(setmetatable, t, nil))
local u = setmetatable({}, {__metatable = {"protected"}})
print(getmetatable(u)[1])
print(getmetatable(setmetatable({}, nil)))
