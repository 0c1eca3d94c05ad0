-- §6.6 insert/remove shift elements
local t = {}
for i = 1, 5 do table.insert(t, 1, i) end
print(table.concat(t, " "))
for _ = 1, 2 do table.remove(t, 2) end
print(table.concat(t, " "), #t)
table.insert(t, 2, "m")
print(table.concat(t, " "))
while #t > 0 do io.write(table.remove(t), ";") end print()
