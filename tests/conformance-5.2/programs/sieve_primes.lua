local function sieve(n)
  local is = {}
  for i = 2, n do is[i] = true end
  for i = 2, math.floor(math.sqrt(n)) do
    if is[i] then for j = i * i, n, i do is[j] = false end end
  end
  local out = {}
  for i = 2, n do if is[i] then out[#out + 1] = i end end
  return out
end
local p = sieve(200)
print(#p, table.concat(p, " ", 1, 15), p[#p])
local function factor(n)
  local f = {}
  local d = 2
  while n > 1 do
    while n % d == 0 do f[#f + 1] = d; n = n / d end
    d = d + 1
  end
  return table.concat(f, "*")
end
print(factor(360), factor(97), factor(2 ^ 20), factor(600851475143 % 1000000))
