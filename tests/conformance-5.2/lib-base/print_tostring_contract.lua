local bad = setmetatable({}, {__tostring = function() return {} end})
print(pcall(print, bad))
print(pcall(function() return type(tostring(bad)) end))
local num = setmetatable({}, {__tostring = function() return 7 end})
print(pcall(print, num))
local old = tostring
tostring = function() return nil end
print(pcall(print, 1))
tostring = old
print("restored")
