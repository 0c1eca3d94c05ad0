-- §6.1 error level 1 is the function calling error, level 2 its caller
local function lvl1() error("one", 1) end
local function lvl2() error("two", 2) end
local function caller() lvl2() end
print(pcall(lvl1))
print(pcall(caller))
local function notstring() error(setmetatable({}, {__tostring = function() return "obj" end})) end
local ok, e = pcall(notstring)
print(ok, tostring(e))
