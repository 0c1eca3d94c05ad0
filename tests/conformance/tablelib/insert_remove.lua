-- §6.6 table.insert and table.remove
local t = {1, 2, 3}
table.insert(t, 4); table.insert(t, 1, 0); table.insert(t, 3, 1.5)
print(table.concat(t, " "))
print(table.remove(t), table.remove(t, 1), table.concat(t, " "))
print(table.remove({}), table.remove({}, 0), #t)
print(pcall(table.insert, t, 10, 1))
print(pcall(table.insert, t, 0, 1))
print(pcall(table.remove, t, 10))
local e = {}
print(table.remove(e, #e), table.remove(e, #e + 1))
