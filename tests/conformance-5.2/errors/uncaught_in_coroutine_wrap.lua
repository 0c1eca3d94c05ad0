local gen = coroutine.wrap(function() coroutine.yield(1); error("inside wrap") end)
print(gen())
gen()
