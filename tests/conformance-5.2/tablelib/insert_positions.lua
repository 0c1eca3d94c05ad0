local t = {1, 2, 3}
print(pcall(table.insert, t, 5, "x"))
print(#t, t[5])
local u = {1, 2, 3}
print(pcall(table.insert, u, 0, "y"))
print(pcall(table.insert, u, -1, "z"))
print(pcall(table.remove, {1, 2, 3}, 7))
print(pcall(table.remove, {}, 0))
print(pcall(table.remove, {1, 2, 3}, 4))
