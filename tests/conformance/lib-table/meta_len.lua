-- §6.6 __len governs the length used by table functions
local t = setmetatable({1, 2, 3, 4, 5}, {__len = function() return 2 end})
print(table.concat(t, ","), table.unpack(t))
table.insert(t, "x")
print(rawget(t, 3), t[3])
print(pcall(table.insert, setmetatable({}, {__len = function() return "x" end}), 1))
print(pcall(table.insert, setmetatable({}, {__len = function() return 1.5 end}), 1))
print(pcall(table.concat, setmetatable({}, {__len = function() return 2.0 end})))
