-- §6.2 non-string error objects through resume and wrap
local t = {}
local ok, e = coroutine.resume(coroutine.create(function() error(t) end))
print(ok, e == t)
local ok2, e2 = pcall(coroutine.wrap(function() error(t) end))
print(ok2, e2 == t)
print(coroutine.resume(coroutine.create(function() error(nil) end)))
print(coroutine.resume(coroutine.create(function() error(12) end)))
