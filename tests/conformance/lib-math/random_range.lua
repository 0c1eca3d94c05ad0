-- §6.7 random(m, n) stays within the interval
math.randomseed(5)
local lo, hi = math.huge, -math.huge
for _ = 1, 2000 do
  local r = math.random(-3, 3)
  if r < lo then lo = r end
  if r > hi then hi = r end
end
print(lo, hi)
math.randomseed(5)
local t = {}
for i = 1, 8 do t[i] = math.random(math.mininteger, -1) < 0 end
print(table.concat((function() local o = {} for i = 1, 8 do o[i] = tostring(t[i]) end return o end)(), " "))
math.randomseed(5)
print(math.random(1, 2^40), math.random(0, math.maxinteger))
