-- §6.6 sorting records by key with a tie-breaker (sort is not stable)
local people = {{n = "ann", a = 30}, {n = "bob", a = 25}, {n = "cid", a = 30}, {n = "dee", a = 20}}
table.sort(people, function(x, y) if x.a ~= y.a then return x.a < y.a end return x.n < y.n end)
for _, p in ipairs(people) do io.write(p.n, ":", p.a, " ") end print()
