print(pcall(table.sort, {3, 1, 2}, 3))
local t = {5, 3, 1, 4, 2}
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, ","))
local names = {}
for i = 1, 20 do names[i] = string.char(65 + (i * 7) % 26) .. i end
table.sort(names)
print(table.concat(names, " "))
print(pcall(table.sort, {1, 2, nil, 4}))
