local log = {}
local base = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = "base:" .. k; rawset(t, k, v) end})
local mid = setmetatable({}, {__newindex = base})
mid.a = 1
print(rawget(mid, "a"), rawget(base, "a"), table.concat(log, ","))
local ro = setmetatable({}, {__index = {x = 1}, __newindex = function(t, k) error("read-only field " .. k, 2) end})
print(ro.x, pcall(function() ro.x = 2 end))
mid.a = 5
print(rawget(base, "a"))
