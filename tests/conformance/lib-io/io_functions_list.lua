-- §6.8 io library contents
local names = {}
for k in pairs(io) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
