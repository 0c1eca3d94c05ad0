-- §6.6 table.sort "array too big"
local t = setmetatable({}, {__len = function() return math.maxinteger end})
print(pcall(table.sort, t))
local u = setmetatable({}, {__len = function() return 2^31 + 0 end})
print(pcall(table.sort, u, function() return false end))
