-- §3.4.11 functional helpers with varargs
local function map(f, ...) local t = table.pack(...); for i = 1, t.n do t[i] = f(t[i]) end; return table.unpack(t, 1, t.n) end
local function reduce(f, acc, ...) for i = 1, select("#", ...) do acc = f(acc, (select(i, ...))) end; return acc end
print(map(function(x) return x * 2 end, 1, 2, 3))
print(reduce(function(a, b) return a + b end, 0, 1, 2, 3, 4))
print(select("#", map(tostring, nil, nil)))
