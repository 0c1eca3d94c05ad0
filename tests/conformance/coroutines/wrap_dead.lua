-- §6.2 calling a dead wrapped coroutine
local f = coroutine.wrap(function() return 1 end)
print(f())
print(pcall(f))
