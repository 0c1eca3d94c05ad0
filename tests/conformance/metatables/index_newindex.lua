-- §2.4 __index and __newindex as tables and functions, chains
local base = {greet = "hi"}
local mid = setmetatable({}, {__index = base})
local obj = setmetatable({}, {__index = mid})
print(obj.greet, obj.none, rawget(obj, "greet"))
local log = {}
local p = setmetatable({}, {__index = function(t, k) return k .. "!" end,
  __newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end})
print(p.foo, p[1])
p.a = 1; p.a = 2; p.b = 3
print(table.concat(log, " "), p.a)
local store = {}
local q = setmetatable({}, {__newindex = store})
q.x = 5
print(rawget(q, "x"), store.x)
