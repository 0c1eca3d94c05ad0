-- §6.1 collectgarbage("count") is a float in Kbytes (its exact value and growth depend on the allocator, so
-- only its type and sign are checked)
local before = collectgarbage("count")
local t = {}
for i = 1, 10000 do t[i] = {i} end
print(math.type(before), before > 0, collectgarbage("count") > 0)
t = nil
print(collectgarbage(), math.type(collectgarbage("count")))
