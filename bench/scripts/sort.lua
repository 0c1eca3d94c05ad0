-- table.sort with and without a comparator.
local seed = 42
local function rand() seed = (seed * 1103515245 + 12345) % 2147483648; return seed end
local a, b = {}, {}
for i = 1, 600000 do a[i] = rand(); b[i] = rand() end
table.sort(a)
table.sort(b, function(x, y) return x > y end)
local ok = true
for i = 2, #a do if a[i - 1] > a[i] or b[i - 1] < b[i] then ok = false end end
print(ok, a[1], a[#a], b[1])
