-- §6.6 table.pack sets n; unpack uses explicit ranges
local p = table.pack()
print(p.n, #p)
p = table.pack(nil, nil)
print(p.n, p[1], p[2])
print(table.unpack({1, 2, nil, 4}, 1, 4))
print(table.unpack({"a", "b"}, -1, 1))
