print(type(collectgarbage("count")), collectgarbage("count") > 0)
print(collectgarbage(), collectgarbage("collect"))
print(type(collectgarbage("step")))
print(collectgarbage("stop"), collectgarbage("restart"))
print(pcall(function() return collectgarbage("bogus") end))
local before = collectgarbage("count")
do local big = {} for i = 1, 10000 do big[i] = {i} end end
collectgarbage()
print(collectgarbage("count") < before + 1000)
