-- §6.2 errors inside coroutines; resuming dead or running coroutines
local co = coroutine.create(function() error("fail") end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
local self
self = coroutine.create(function() return coroutine.resume(self) end)
print(coroutine.resume(self))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.yield, 1))
print(pcall(coroutine.create, 1))
