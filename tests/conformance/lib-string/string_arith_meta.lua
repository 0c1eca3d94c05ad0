-- §6.4 the string metatable arithmetic fields
local mt = getmetatable("")
print(type(mt), mt.__index == string)
local names = {}
for k in pairs(mt) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(mt.__add("1", "2"), mt.__unm("3"), mt.__idiv("7", "2"))
print(pcall(mt.__add, "x", 1))
print(pcall(mt.__add, {}, 1))
print(("x"):rep(3), ("%d"):format(5))
