-- §6.6 table.remove position checks
local t = {1, 2, 3, 4, 5}
print(table.remove(t), table.remove(t, 1), table.concat(t, ","))
print(table.remove(t, #t + 1), #t)
print(pcall(table.remove, t, #t + 2))
print(pcall(table.remove, t, 0))
print(pcall(table.remove, t, -1))
local e = {}
print(table.remove(e), table.remove(e, 0), table.remove(e, 1), #e)
print(pcall(table.remove, e, 2))
local z = {[0] = "zero"}
print(table.remove(z, 0), z[0])
print(pcall(table.remove, nil))
local n = {n = 1, 10}
print(table.remove(n, 1), #n)
