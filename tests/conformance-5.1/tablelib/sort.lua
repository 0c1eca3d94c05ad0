local t = {5, 2, 8, 1, 9, 3}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local words = {"banana", "Apple", "cherry", "apple"}
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
print(table.concat(words, " "))
local recs = {{n = "x", a = 3}, {n = "y", a = 1}, {n = "z", a = 2}}
table.sort(recs, function(p, q) return p.a < q.a end)
for _, r in ipairs(recs) do io.write(r.n) end
print()
print(pcall(table.sort, {1, "x", 2}))
