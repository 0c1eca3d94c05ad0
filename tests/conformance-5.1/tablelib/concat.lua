print(table.concat({}), table.concat({"a"}), table.concat({1, 2, 3}, ", "))
print(table.concat({"a", "b", "c"}, "", 2), table.concat({"a", "b", "c"}, "-", 1, 2), table.concat({"a"}, "-", 3, 2))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, 2}, ",", 1, 3))
