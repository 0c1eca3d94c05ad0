-- §6.6 table.remove shifts elements down
local t = {"a", "b", "c", "d"}
print(table.remove(t, 2), table.concat(t, ""), #t)
while #t > 0 do io.write(table.remove(t, 1)) end print()
local q = {n = 0}
print(table.remove(q), #q)
