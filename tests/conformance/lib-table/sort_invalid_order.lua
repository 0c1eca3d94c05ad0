-- §6.6 table.sort with an inconsistent comparator
local t = {}
for i = 1, 100 do t[i] = (i * 37) % 101 end
local ok, err = pcall(table.sort, t, function(a, b) return true end)
print(ok, err)
local ok2 = pcall(table.sort, t, function(a, b) return a <= b end)
print(type(ok2))
local t2 = {3, 1, 2}
print(pcall(table.sort, t2, function(a, b) error("cmp failed") end))
print(select("#", pcall(table.sort, t2, function(a, b) error(setmetatable({}, {__tostring = function() return "E" end})) end)))
