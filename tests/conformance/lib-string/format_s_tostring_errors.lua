-- §6.4 %s with __tostring that returns a non-string errors
local bad = setmetatable({}, {__tostring = function() return 1 end})
print(pcall(string.format, "%s", bad))
print(pcall(tostring, bad))
local named = setmetatable({}, {__name = "N"})
print((string.format("%s", named):gsub("0x%x+", "ADDR")))
