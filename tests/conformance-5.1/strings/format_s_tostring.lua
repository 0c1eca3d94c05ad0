local obj = setmetatable({}, {__tostring = function() return "OBJ" end})
print(pcall(string.format, "%s", obj))
print(pcall(string.format, "%s|%s", 1, 2.5))
print(pcall(string.format, "%10s|", obj))
