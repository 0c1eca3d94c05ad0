-- Array access: sieve of Eratosthenes, repeated.
local count
for _ = 1, 20 do
  local n = 1000000
  local flags = {}
  for i = 2, n do flags[i] = true end
  count = 0
  for i = 2, n do
    if flags[i] then
      count = count + 1
      for j = i * i, n, i do flags[j] = false end
    end
  end
end
print(count)
