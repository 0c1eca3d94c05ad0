-- §6.1 collectgarbage("stop"): no automatic collection, so garbage keeps counting until "collect"
collectgarbage()
collectgarbage("stop")
print(collectgarbage("isrunning"))
local before = collectgarbage("count")
for i = 1, 20000 do local x = {i, i} end
local grown = collectgarbage("count")
print(grown > before + 500)
collectgarbage()                                  -- an explicit cycle runs even when stopped
print(collectgarbage("count") < before + 100)
print(collectgarbage("isrunning"))
collectgarbage("restart")
print(collectgarbage("isrunning"))
