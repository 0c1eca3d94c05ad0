-- §6.6 table.sort sorts records by key with a comparator
local recs = {}
for i = 1, 50 do recs[i] = {k = (i * 7919) % 53, id = i} end
table.sort(recs, function(a, b) if a.k ~= b.k then return a.k < b.k end return a.id < b.id end)
local out = {}
for i = 1, 50 do out[i] = recs[i].k end
print(table.concat(out, ","))
local big = {}
for i = 1, 1000 do big[i] = (i * 7919) % 1009 end
table.sort(big)
local ok = true
for i = 2, 1000 do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[1000])
