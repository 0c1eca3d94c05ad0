-- §6.2 yield from the main thread
print(pcall(coroutine.yield, 1))
print(select("#", pcall(coroutine.yield)))
local co = coroutine.wrap(function() print(pcall(coroutine.yield, "through pcall")) return "end" end)
print(co())
print(co("resumed"))
