-- §6.4 loaded functions get fresh upvalues (nil, first is the env)
local up = 5
local function useup() return up end
local f = load(string.dump(useup))
print(pcall(function() return type(f()) end))
local function useenv() return tostring end
print(load(string.dump(useenv))() == tostring)
local a, b = 1, 2
local function two() return a, b end
local g = load(string.dump(two))
print(type(g()), select(2, g()))
local h = load(string.dump(two), "c", "b", {})
print(type(h()), select(2, h()))
print(debug.getupvalue(g, 2))
