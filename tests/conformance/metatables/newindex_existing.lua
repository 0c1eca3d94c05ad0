-- §2.4 __newindex only for absent keys
local log = {}
local t = setmetatable({a = 1}, {__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end})
t.a = 2; t.b = 3; t.b = 4; t.a = nil; t.a = 5
print(table.concat(log, ","), t.a, t.b)
