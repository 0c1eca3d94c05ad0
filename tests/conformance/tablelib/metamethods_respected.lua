-- §6.6 table functions respect __index/__newindex/__len
local log = {}
local proxy = setmetatable({}, {
  __len = function() return 3 end,
  __index = function(_, k) return k * 10 end,
  __newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v) end,
})
print(table.concat(proxy, ","), table.unpack(proxy))
table.insert(proxy, "x")
print(table.concat(log, " "))
