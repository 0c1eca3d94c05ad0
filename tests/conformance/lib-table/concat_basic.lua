-- §6.6 table.concat
local t = {1, 2.5, "x", 3}
print(table.concat(t), table.concat(t, ", "), table.concat(t, "-", 2), table.concat(t, "-", 2, 3))
print(table.concat({}), table.concat(t, ",", 3, 2) == "", table.concat(t, ",", 4, 4))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, 2}, ",", 1, 3))
print(pcall(table.concat, {true}))
print(pcall(table.concat, {1}, {}))
print(pcall(table.concat, nil))
print(table.concat({1, 2, 3}, 0), table.concat({"a"}, ",", 1, 1))
print(table.concat({[0] = "z", "a"}, ",", 0, 1))
print(pcall(table.concat, {}, ",", 1, 1))
print(table.concat({1, 2}, "", math.maxinteger, math.maxinteger - 1) == "")
