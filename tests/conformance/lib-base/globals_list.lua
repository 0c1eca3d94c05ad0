-- §6.1 the global table contents
local names = {}
for k in pairs(_G) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(_G._G == _G)
