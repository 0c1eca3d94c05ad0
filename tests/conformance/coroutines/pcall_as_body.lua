-- A coroutine whose body is pcall: the protected function may yield, and errors (even raised before any Lua
-- code runs) are caught by the body itself.
local co = coroutine.create(pcall)
print(coroutine.resume(co, function(a) local b = coroutine.yield(a + 1); error({b}) end, 1))
local ok, st, e = coroutine.resume(co, 42)
print(ok, st, type(e), e[1], coroutine.status(co))

co = coroutine.create(pcall)
print(coroutine.resume(co, error, "direct"))
print(coroutine.status(co))

co = coroutine.wrap(pcall)
print(co(coroutine.yield, "y1", "y2"))
print(co("back"))

co = coroutine.create(xpcall)
print(coroutine.resume(co, function() coroutine.yield("x"); error("e", 0) end, function(m) return "handled " .. m end))
print(coroutine.resume(co))
print(coroutine.status(co))

-- pcall of a host function as the body
co = coroutine.wrap(pcall)
print(co(math.max, 3, 9, 4))
