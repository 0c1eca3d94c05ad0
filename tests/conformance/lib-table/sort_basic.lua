-- §6.6 table.sort
local t = {5, 2, 8, 1, 9, 3}
table.sort(t) print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end) print(table.concat(t, " "))
local s = {"banana", "apple", "Cherry", "date"}
table.sort(s) print(table.concat(s, " "))
local m = {3, 1.5, 2, -1, 0.5}
table.sort(m) print(table.concat(m, " "))
local e = {} table.sort(e) print(#e)
local one = {1} table.sort(one) print(one[1])
print(pcall(table.sort, {1, "x", 2}))
print(pcall(table.sort, {1, 2, 3}, 1))
print(pcall(table.sort, {{}, {}}))
