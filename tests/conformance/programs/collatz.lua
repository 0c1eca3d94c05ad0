-- §3.3 longest Collatz chain below 10000 (integer loops)
local best, bestn = 0, 0
local cache = {[1] = 1}
local function len(n)
  if cache[n] then return cache[n] end
  local l = 1 + len(n % 2 == 0 and n // 2 or 3 * n + 1)
  cache[n] = l
  return l
end
for i = 1, 9999 do local l = len(i); if l > best then best, bestn = l, i end end
print(bestn, best)
