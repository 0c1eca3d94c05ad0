-- §6.2 many nested coroutines
local function nest(n)
  if n == 0 then return coroutine.yield("bottom") end
  local co = coroutine.wrap(function() return nest(n - 1) end)
  return co()
end
local top = coroutine.wrap(function() return nest(50) end)
print(top())
local count = 0
for i = 1, 1000 do
  local c = coroutine.create(function(x) coroutine.yield(x) return x * 2 end)
  local _, a = coroutine.resume(c, i) local _, b = coroutine.resume(c)
  count = count + a + b
end
print(count)
