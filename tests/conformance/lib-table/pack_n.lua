-- §6.6 table.pack sets n
local t = table.pack(1, nil, 3, nil)
print(t.n, t[1], t[2], t[3], t[4], #t >= 0)
print(table.pack().n, next(table.pack(), nil))
local p = table.pack(table.unpack({1, 2, 3}))
print(p.n, p[3])
