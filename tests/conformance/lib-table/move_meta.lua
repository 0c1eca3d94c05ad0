-- §6.6 table.move uses __index/__newindex
local src = setmetatable({}, {__index = function(_, k) return k * 10 end})
local dst = {}
table.move(src, 1, 3, 1, dst)
print(dst[1], dst[2], dst[3])
local log = {}
local d2 = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. v rawset(t, k, v) end})
table.move({7, 8, 9}, 1, 3, 5, d2)
print(table.concat(log, " "))
