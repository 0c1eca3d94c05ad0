-- §6.8 file handle metatable
local mt = getmetatable(io.stdout)
local names = {}
for k in pairs(mt) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
local m = {}
for k in pairs(mt.__index) do m[#m + 1] = k end
table.sort(m)
print(table.concat(m, " "))
print(mt.__name)
