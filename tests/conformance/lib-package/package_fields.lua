-- §6.3 package library contents
local names = {}
for k in pairs(package) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(type(package.path), type(package.cpath), type(package.preload))
