-- §6.6 sort with nil holes errors or sorts only up to #t
local t = {5, 3, 1, 4, 2}
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local words = {}
for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do words[#words + 1] = w end
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return #a < #b or (#a == #b and a < b) end)
print(table.concat(words, " "))
local floats = {0.5, -1, 3, 2.5, math.huge, -math.huge, 0}
table.sort(floats)
print(table.concat(floats, " "))
