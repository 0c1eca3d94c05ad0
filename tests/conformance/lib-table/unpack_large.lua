-- §6.6 unpacking many values
local t = {}
for i = 1, 5000 do t[i] = i end
print(select("#", table.unpack(t)), (select(5000, table.unpack(t))))
local function count(...) return select("#", ...) end
print(count(table.unpack(t, 1, 250)), count(table.unpack(t, 4000)))
print(pcall(table.unpack, t, 1, 1e7))
