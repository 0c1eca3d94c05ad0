-- §6.6 table.insert argument count errors
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, {}))
print(select("#", table.insert({}, 1)))
print(pcall(table.insert, {}, 2, "x"))
print(pcall(table.insert, {1}, 3, "x"))
print(pcall(table.insert, {1}, 2, "x"))
