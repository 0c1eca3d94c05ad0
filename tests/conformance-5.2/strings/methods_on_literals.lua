local s = "x"
print(s:upper(), ("y"):upper(), #s:rep(5))
local mt = getmetatable("")
print(type(mt), type(mt.__index), mt.__index == string)
string.shout = function(str) return str:upper() .. "!" end
print(("hey"):shout())
print(pcall(function() return (5):rep(2) end))
