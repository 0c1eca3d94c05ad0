-- §6.2 a coroutine whose body is coroutine.yield itself: the first resume yields its arguments,
-- the next returns its arguments and the coroutine is dead
local f = coroutine.wrap(coroutine.yield)
print(f(1, 2))
print(f(3))
print(pcall(f))
local co = coroutine.create(coroutine.yield)
print(coroutine.resume(co, "a", "b"))
print(coroutine.status(co))
print(coroutine.resume(co, "c"))
print(coroutine.status(co))
print(coroutine.resume(co))
-- host functions as bodies
print(coroutine.resume(coroutine.create(select), "#", 1, 2, 3))
print(coroutine.resume(coroutine.create(error), "boom"))
