-- §6.2 coroutine.close
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(coroutine.close(co), coroutine.status(co))
print(coroutine.close(coroutine.create(print)))
local dead = coroutine.create(function() error("e") end)
coroutine.resume(dead)
print(coroutine.close(dead))
print(coroutine.close(dead))
print(pcall(coroutine.close, coroutine.running()))
local c2
c2 = coroutine.create(function() print(pcall(coroutine.close, c2)) end)
coroutine.resume(c2)
