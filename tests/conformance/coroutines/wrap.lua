-- §6.2 coroutine.wrap returns a function that propagates errors
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end return "done" end)
print(gen(), gen(), gen(), gen())
print(pcall(gen))
local bad = coroutine.wrap(function() error("inside wrap") end)
print(pcall(bad))
local bad2 = coroutine.wrap(function() error({}) end)
print(select("#", pcall(bad2)), type(select(2, pcall(coroutine.wrap(function() error({}) end)))))
