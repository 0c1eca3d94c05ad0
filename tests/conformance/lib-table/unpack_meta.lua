-- §6.6 table.unpack uses __index
local t = setmetatable({}, {__index = function(_, i) return i * i end})
print(table.unpack(t, 1, 5))
print(select("#", table.unpack(t, 3, 7)))
