-- §6.6 table.concat error messages name the index
print(pcall(table.concat, {1, 2, {}}))
print(pcall(table.concat, {1, nil, 3}, ",", 1, 3))
print(pcall(table.concat, {"a", true}, ""))
print(pcall(table.concat, {[1] = "a", [3] = "c"}, ",", 1, 3))
print(pcall(table.concat, {print}))
