-- §3.1 line counting across long strings and comments
--[[
several
lines
]]
local s = [[
a
b
]]
print(debug.getinfo(1, "l").currentline)
print(pcall(error, "x", 1))
local ok, e = pcall(function() error("here") end)
print(e)
