-- §6.7 math.random() floats lie in [0,1)
math.randomseed(7)
local ok = true
for _ = 1, 1000 do local r = math.random() if r < 0 or r >= 1 or math.type(r) ~= "float" then ok = false end end
print(ok)
math.randomseed(7)
for _ = 1, 3 do print(string.format("%.17g", math.random())) end
