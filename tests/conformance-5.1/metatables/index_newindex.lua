local defaults = {color = "red", size = 1}
local obj = setmetatable({}, {__index = defaults})
print(obj.color, obj.size, obj.missing, rawget(obj, "color"))
local log = {}
local proxy = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v * 2) end})
proxy.a = 1; proxy.b = 2; proxy.a = 5
print(proxy.a, proxy.b, table.concat(log, ","))
local fallback = setmetatable({}, {__index = function(t, k) return k .. "!" end})
print(fallback.x, fallback[1])
local chain = setmetatable({}, {__index = setmetatable({}, {__index = {deep = "found"}})})
print(chain.deep)
local store = {}
local redirect = setmetatable({}, {__newindex = store})
redirect.k = "v"
print(rawget(redirect, "k"), store.k)
