local t = {x = 1, y = 2, z = 3, 10, 20, 30}
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
local sum = 0
for _, v in pairs(t) do sum = sum + v end
print(sum)
print(next({}), type(next(t)))
for i, v in ipairs({"a", "b", nil, "d"}) do io.write(i, v, " ") end
print()
local cleared = {a = 1, b = 2, c = 3}
for k in pairs(cleared) do cleared[k] = nil end
print(next(cleared))
