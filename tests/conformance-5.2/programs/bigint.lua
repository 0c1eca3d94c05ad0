-- arbitrary precision non-negative integers as arrays of base-10^7 digits (floats stay exact below 2^53)
local BASE, WIDTH = 10000000, 7
local function from(s)
  local n = {}
  for i = #s, 1, -WIDTH do n[#n + 1] = tonumber(s:sub(math.max(1, i - WIDTH + 1), i)) end
  return n
end
local function tostr(n)
  local parts = {tostring(n[#n])}
  for i = #n - 1, 1, -1 do parts[#parts + 1] = string.format("%07d", n[i]) end
  return table.concat(parts)
end
local function add(a, b)
  local r, carry = {}, 0
  for i = 1, math.max(#a, #b) do
    local s = (a[i] or 0) + (b[i] or 0) + carry
    r[i] = s % BASE
    carry = math.floor(s / BASE)
  end
  if carry > 0 then r[#r + 1] = carry end
  return r
end
local function mul(a, b)
  local r = {}
  for i = 1, #a + #b do r[i] = 0 end
  for i = 1, #a do
    local carry = 0
    for j = 1, #b do
      local cur = r[i + j - 1] + a[i] * b[j] + carry
      r[i + j - 1] = cur % BASE
      carry = math.floor(cur / BASE)
    end
    local k = i + #b
    while carry > 0 do
      local cur = r[k] + carry
      r[k] = cur % BASE
      carry = math.floor(cur / BASE)
      k = k + 1
    end
  end
  while #r > 1 and r[#r] == 0 do r[#r] = nil end
  return r
end
local f = from("1")
for i = 1, 30 do f = mul(f, from(tostring(i))) end
print("30! =", tostr(f))
local a, b = from("0"), from("1")
for i = 1, 100 do a, b = b, add(a, b) end
print("fib(100) =", tostr(a))
print(tostr(mul(from("99999999999999"), from("99999999999999"))))
print(tostr(from("2") ), 2^53, tostr(mul(from("4294967296"), from("2097152"))))
