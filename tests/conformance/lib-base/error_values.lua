-- §6.1 error with levels and non-string values
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, "msg"))
print(pcall(error, "msg", 0))
print(pcall(error, "msg", 1))
print(pcall(error, "msg", 2))
local function lvl2() error("from lvl2", 2) end
local function caller() lvl2() end
print(pcall(caller))
print(select(2, pcall(error, setmetatable({}, {__tostring = function() return "obj" end}))) ~= nil)
print(pcall(error, 42), pcall(error, 4.5), pcall(error, true))
print(pcall(error, "x", "2"))
print(pcall(error, "x", 1.5))
