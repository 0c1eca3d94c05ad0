local unpack = unpack or table.unpack
print(unpack({1, 2, 3}, -1, 1))
print(select("#", unpack({}, 1, 0)), select("#", unpack({n = 3}, 1, 3)))
print(unpack({"a", "b"}, 2, 2))
local t = {}
for i = 1, 250 do t[i] = i end
print(select("#", unpack(t)))
