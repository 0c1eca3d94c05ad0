-- §6.1 tostring uses __tostring and __name
local o = setmetatable({}, {__tostring = function() return "custom!" end})
print(tostring(o), o)
local n = setmetatable({}, {__name = "MyType"})
print((tostring(n):gsub("0x%x+", "ADDR")))
print(pcall(tostring, setmetatable({}, {__tostring = function() return 1 end})))
