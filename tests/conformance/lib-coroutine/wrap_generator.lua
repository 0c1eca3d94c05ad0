-- §6.2 wrap as generator
local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local t = {}
for i in range(5) do t[#t + 1] = i end
print(table.concat(t, ","))
local function perm(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do a[n], a[i] = a[i], a[n]; perm(a, n - 1); a[n], a[i] = a[i], a[n] end
  end
end
local out = {}
for p in coroutine.wrap(function() perm({1, 2, 3}) end) do out[#out + 1] = table.concat(p) end
print(table.concat(out, " "))
