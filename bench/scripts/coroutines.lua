-- Coroutine switches: a generator resumed a million times.
local gen = coroutine.wrap(function()
  local i = 0
  while true do i = i + 1; coroutine.yield(i) end
end)
local s = 0
for _ = 1, 1000000 do s = s + gen() end
print(s)
