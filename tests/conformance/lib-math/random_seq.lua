-- §6.7 math.random sequences for a fixed seed (xoshiro256**)
math.randomseed(42)
local t = {}
for i = 1, 10 do t[i] = math.random(1, 100) end
print(table.concat(t, " "))
math.randomseed(42)
local u = {}
for i = 1, 10 do u[i] = math.random(1, 100) end
print(table.concat(t, " ") == table.concat(u, " "))
math.randomseed(123)
print(math.random(10), math.random(5, 6), math.random(-10, -5), math.random(0))
print(string.format("%.17g", math.random()))
