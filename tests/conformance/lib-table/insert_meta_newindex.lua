-- §6.6 table.insert/remove on a proxy with only __index/__newindex (lengths from raw table)
local log = {}
local base = {1, 2, 3}
local p = setmetatable({}, {__index = base, __newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v) base[k] = v end, __len = function() return #base end})
table.insert(p, 1, 0)
print(table.concat(log, " "))
log = {}
print(table.remove(p), table.concat(log, " "))
log = {}
print(table.remove(p, 1), table.concat(log, " "))
print(table.concat(base, ","))
