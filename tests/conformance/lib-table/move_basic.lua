-- §6.6 table.move
local a = {1, 2, 3, 4, 5}
print(table.concat(table.move(a, 2, 4, 1), ","))
a = {1, 2, 3, 4, 5}
print(table.concat(table.move(a, 1, 3, 3), ","))
local b = table.move({1, 2, 3}, 1, 3, 2, {})
print(b[1], b[2], b[3], b[4])
print(table.move({}, 1, 0, 1) ~= nil)
print(pcall(table.move, {}, 1, math.maxinteger, 2))
print(pcall(table.move, {}, -1, math.maxinteger, 2))
print(pcall(function() return type(table.move({1}, 1, 1, math.maxinteger)) end))
print(pcall(table.move, {1}, 1, 2))
print(pcall(function() return type(table.move({1}, 1, 2, 1, 5)) end))
print(table.move({1, 2}, 1, 2, -5)[ -4])
local c = table.move({1, 2, 3}, 2, 3, 1)
print(table.concat(c, ","))
