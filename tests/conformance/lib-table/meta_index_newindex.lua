-- §6.6 table functions honour __index and __newindex
local store = {10, 20, 30}
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. k return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "set" .. k store[k] = v end,
  __len = function() return #store end,
})
print(table.concat(proxy, ","))
table.insert(proxy, 40)
print(table.concat(store, ","))
print(table.remove(proxy, 1), table.concat(store, ","))
print(table.unpack(proxy))
table.sort(proxy, function(a, b) return a > b end)
print(table.concat(store, ","))
print(#log > 0)
