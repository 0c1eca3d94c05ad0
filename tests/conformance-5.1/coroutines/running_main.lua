print(coroutine.running())
local co
co = coroutine.create(function()
  print(coroutine.running() == co)
  print(coroutine.status(co))
end)
coroutine.resume(co)
print(select("#", coroutine.running()))
print(coroutine.isyieldable)
