-- §6.6 table.sort with and without comparators
local t = {5, 2, 8, 1, 9, 3}
table.sort(t); print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end); print(table.concat(t, " "))
local s = {"pear", "apple", "fig", "banana"}
table.sort(s); print(table.concat(s, " "))
table.sort(s, function(a, b) return #a < #b end); print(s[1], s[4])
print(pcall(table.sort, {1, "a", 2}))
local big = {}
for i = 1, 1000 do big[i] = (i * 7919) % 1000 end
table.sort(big)
local ok = true for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[1000])
