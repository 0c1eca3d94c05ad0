local t = {1, 2, 3}
print(table.getn(t), table.maxn(t))
t[10] = 10
print(table.maxn(t), table.maxn({}), table.maxn({[1.5] = true, [-1] = 1}))
print(pcall(table.setn, t, 5))
print(select("#", unpack({1, 2, nil, 4}, 1, 4)), unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 3), unpack({}, 1, 2))
print(table.foreach ~= nil, table.foreachi ~= nil)
table.foreachi({"a", "b"}, print)
print(table.foreach({10}, function(k, v) return k + v end))
