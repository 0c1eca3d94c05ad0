local obj = {}
print(pcall(function() obj:nomethod() end))
print(pcall(function() local s = 5; s:foo() end))
print(pcall(function() return ("abc"):nomethod() end))
print(pcall(function() string.nothing() end))
print(pcall(function() local a = {b = {}}; a.b.c.d = 1 end))
print(pcall(function() local f = 5; f() end))
print(pcall(function() local t = setmetatable({}, {__index = function(t, k) return nil end}); t.x() end))
