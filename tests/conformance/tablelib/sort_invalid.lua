-- §6.6 invalid order functions are detected (or at least do not crash)
local t = {}
for i = 1, 100 do t[i] = i % 10 end
local ok, e = pcall(table.sort, t, function(a, b) return true end)
print(ok, e)
print(pcall(table.sort, {3, 1, 2}, 1))
