-- §6.2 calling a dead wrapped coroutine
local w = coroutine.wrap(function() return "once" end)
print(w())
print(pcall(w))
local w2 = coroutine.wrap(function() error("first") end)
print(pcall(w2))
print(pcall(w2))
