-- §6.6 table.remove at #t+1 and on empty tables with holes
local t = {1, 2, 3}
print(table.remove(t, 4), #t)
t[5] = 5
print(#t == 3 or #t == 5)
local e = {n = 0}
print(table.remove(e, #e), table.remove(e, #e + 1))
local z = {}
z[0] = "zero"
print(table.remove(z), z[0])
print(table.remove({[1] = "x"}, 1))
