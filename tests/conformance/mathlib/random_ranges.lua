-- §6.7 math.random argument checking and ranges
math.randomseed(1)
local ok = true
for i = 1, 1000 do local r = math.random(3, 5); if r < 3 or r > 5 or math.type(r) ~= "integer" then ok = false end end
print(ok)
for i = 1, 1000 do local r = math.random(); if r < 0 or r >= 1 then ok = false end end
print(ok)
print(pcall(math.random, 5, 1))
print(pcall(math.random, 1, 2, 3))
print(math.random(7, 7), math.random(math.mininteger, math.mininteger))
