-- collectgarbage("step") returns true when the step finished a cycle (incremental mode); a generational
-- collector never reaches the end of a cycle that way.
collectgarbage("incremental")
local n = 0
repeat n = n + 1 until collectgarbage("step", 20000) or n > 1000
print("incremental ends", n <= 1000)
print(collectgarbage("step", 20000), collectgarbage("step", 20000))
collectgarbage("stop")
print(collectgarbage("step", 20000), collectgarbage("isrunning"))
collectgarbage("restart")
collectgarbage("generational")
print(collectgarbage("step", 0), collectgarbage("step", 20000))
