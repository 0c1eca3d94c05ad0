-- §6.1 collectgarbage("count"): grows while a script retains data, shrinks after it is dropped and collected
collectgarbage()
local base = collectgarbage("count")
print(math.type(base), base > 0)

local t = {}
for i = 1, 100000 do t[i] = {i} end
local grown = collectgarbage("count")
print(grown > base + 1000)
collectgarbage()
print(collectgarbage("count") > base + 1000)   -- still referenced: still counted
t = nil
collectgarbage()
local after = collectgarbage("count")
print(after < base + 100, after < grown / 2)

local s = string.rep("x", 1000000)
print(collectgarbage("count") > base + 900)
s = nil
collectgarbage()
print(collectgarbage("count") < base + 100)

local names = {}
for i = 1, 20000 do names["key" .. i] = "value" .. i end
local named = collectgarbage("count")
print(named > base + 500)
names = nil
collectgarbage()
print(collectgarbage("count") < named / 2)         -- (lua5.4 keeps part of its string table: no exact base)
