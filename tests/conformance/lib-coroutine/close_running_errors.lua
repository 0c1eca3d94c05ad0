-- §6.2 close of running / normal coroutines is an error
local co
co = coroutine.create(function()
  local inner = coroutine.create(function() return pcall(coroutine.close, co) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(co))
print(pcall(coroutine.close))
print(pcall(coroutine.close, 1))
