local a1, a2, a3, a4, a5, a6, a7, a8, a9, a10 = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
local function sum() return a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 end
print(sum())
a5 = 50
print(sum())
local function make_adders(n)
  local fs = {}
  for i = 1, n do fs[i] = function(x) return x + i end end
  return fs
end
local adders = make_adders(100)
local total = 0
for i = 1, 100 do total = total + adders[i](0) end
print(total)
