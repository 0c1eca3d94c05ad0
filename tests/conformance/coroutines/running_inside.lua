-- §6.2 coroutine.running inside a coroutine returns it
local co
co = coroutine.create(function() local r, m = coroutine.running(); print(r == co, m) end)
coroutine.resume(co)
print(type(coroutine.running()))
