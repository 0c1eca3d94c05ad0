-- §6.1 tostring errors: __tostring must return a string
local bad = setmetatable({}, {__tostring = function() return {} end})
print(pcall(tostring, bad))
print(pcall(print, bad))
local named = setmetatable({}, {__name = "Thing"})
print(pcall(function() return named + 1 end))
print(pcall(function() return #named < 1, named < 1 end))
