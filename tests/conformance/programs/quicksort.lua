-- §3.3 an in-place quicksort with a deterministic linear congruential generator
local function lcg(seed) return function() seed = (seed * 1103515245 + 12345) % 2147483648; return seed end end
local rnd = lcg(7)
local t = {}
for i = 1, 2000 do t[i] = rnd() % 10000 end
local function qs(a, lo, hi)
  if lo >= hi then return end
  local p, i = a[(lo + hi) // 2], lo
  local j = hi
  while i <= j do
    while a[i] < p do i = i + 1 end
    while a[j] > p do j = j - 1 end
    if i <= j then a[i], a[j] = a[j], a[i]; i = i + 1; j = j - 1 end
  end
  qs(a, lo, j); qs(a, i, hi)
end
qs(t, 1, #t)
local ok = true
for i = 2, #t do if t[i - 1] > t[i] then ok = false end end
print(ok, t[1], t[1000], t[2000])
