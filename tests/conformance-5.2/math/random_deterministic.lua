math.randomseed(42)
local ok = true
for i = 1, 100 do
  local r = math.random()
  if r < 0 or r >= 1 then ok = false end
  local n = math.random(10)
  if n < 1 or n > 10 or n ~= math.floor(n) then ok = false end
  local m = math.random(-5, 5)
  if m < -5 or m > 5 then ok = false end
end
print(ok)
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
