-- §6.1 collectgarbage("count") is a float in KB, count grows with allocation
local before = collectgarbage("count")
local t = {}
for i = 1, 10000 do t[i] = {i} end
print(collectgarbage("count") > before)
t = nil
collectgarbage()
print(type(collectgarbage("count")))
