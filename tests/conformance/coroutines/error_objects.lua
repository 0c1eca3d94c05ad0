-- §6.2 error objects cross resume unchanged
local e = {msg = "table error"}
local co = coroutine.create(function() error(e) end)
local ok, got = coroutine.resume(co)
print(ok, got == e, got.msg)
local co2 = coroutine.create(function() local x = nil; return x.y end)
print(coroutine.resume(co2))
