-- §6.6 wrong argument counts
print(pcall(table.insert, {}))
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, {}, "x", 1))
print(pcall(table.concat, {}, 1))
