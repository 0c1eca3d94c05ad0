-- §6 library functions report bad arguments by position and name
print(pcall(string.rep))
print(pcall(string.rep, "x", "y"))
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, nil, 1))
print(pcall(math.floor, "a"))
print(pcall(setmetatable, {}))
print(pcall(("x").rep, "x", {}))
print((pcall(ipairs, nil)), pcall(function() for i in ipairs(nil) do end end))
