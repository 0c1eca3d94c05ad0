-- §6.6 table.move
local a = {1, 2, 3, 4, 5}
table.move(a, 1, 3, 3); print(table.concat(a, " "))
local b = table.move({1, 2, 3}, 1, 3, 1, {})
print(table.concat(b, " "))
local c = {1, 2, 3, 4, 5}
table.move(c, 2, 5, 1); print(table.concat(c, " "))
print(#table.move({}, 1, 0, 1, {9}))
print(pcall(table.move, {}, 1, math.maxinteger, 2))
