-- §6.2 yield outside a coroutine is an error
print(pcall(coroutine.yield))
print(coroutine.isyieldable())
print(select(2, coroutine.resume(coroutine.create(function() return coroutine.isyieldable() end))))
