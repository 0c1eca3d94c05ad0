-- §3.3 arbitrary-precision factorial with base-10^7 limbs
local BASE = 10000000
local function mul(n, k)
  local carry = 0
  for i = 1, #n do
    local v = n[i] * k + carry
    n[i] = v % BASE
    carry = v // BASE
  end
  while carry > 0 do n[#n + 1] = carry % BASE; carry = carry // BASE end
end
local n = {1}
for k = 2, 100 do mul(n, k) end
local parts = {tostring(n[#n])}
for i = #n - 1, 1, -1 do parts[#parts + 1] = string.format("%07d", n[i]) end
local s = table.concat(parts)
print(#s, s:sub(1, 30), s:sub(-30))
