-- §2.3 concatenation errors
local t = {}
print(pcall(function() return "a" .. t end))
print(pcall(function() return t .. "a" end))
print(pcall(function() return "a" .. nilglobal end))
print(pcall(function() local b = true; return b .. "x" end))
print(pcall(function() return "x" .. t.field end))
