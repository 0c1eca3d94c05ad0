-- §6.7 math.random after math.randomseed(42) gives the reference sequence (xoshiro256**)
math.randomseed(42)
local t = {}
for i = 1, 5 do t[#t + 1] = math.random(1, 100) end
print(table.concat(t, " "))
for i = 1, 3 do print(math.random(10)) end
for i = 1, 3 do print(string.format("%.12f", math.random())) end
print(math.random(0) ~= nil)
math.randomseed(42)
print(math.random(1, 100) == t[1])
math.randomseed(7, 3)
print(math.random(1000000))
