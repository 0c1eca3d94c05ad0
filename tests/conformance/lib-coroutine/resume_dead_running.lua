-- §6.2 resuming dead, running and normal coroutines
local co = coroutine.create(function() return 1 end)
coroutine.resume(co)
print(coroutine.resume(co))
local self
self = coroutine.create(function() return coroutine.resume(self) end)
print(coroutine.resume(self))
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function() return coroutine.resume(outer) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
local w = coroutine.wrap(function() end)
w()
print(pcall(w))
