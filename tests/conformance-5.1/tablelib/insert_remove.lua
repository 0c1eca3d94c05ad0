local t = {}
table.insert(t, "a"); table.insert(t, "c"); table.insert(t, 2, "b"); table.insert(t, 1, "z")
print(table.concat(t, ","), #t)
print(table.remove(t), table.concat(t, ","))
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove({}), #t)
print(pcall(table.insert, t, 1, 2, 3))
print(pcall(table.insert))
