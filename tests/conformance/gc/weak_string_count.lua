-- Strings held by weak tables are values: they stay, and collectgarbage("count") counts them while an entry
-- holds them; the strings of entries cleared by the cycle are not counted (gc.lua, string keys in weak tables).
collectgarbage(); collectgarbage()
local m = collectgarbage("count")
local a = setmetatable({}, {__mode = "kv"})
a[string.rep("a", 2^22)] = 25
a[string.rep("b", 2^22)] = {}
a[{}] = 14
print(collectgarbage("count") > m + 2^13)
collectgarbage()
local c = collectgarbage("count")
print(c >= m + 2^12 and c < m + 2^13)
local k = next(a)
a[k] = nil; k = nil
collectgarbage()
print(collectgarbage("count") <= m + 1)

local e = setmetatable({}, {__mode = "k"})
local function fill () e[string.rep("c", 2^22)] = string.rep("d", 2^22) end
fill()   -- string key: the entry stays, both strings count
collectgarbage()
local function held () return collectgarbage("count") >= m + 2^13 and next(e) ~= nil end
print(held())
e = nil
collectgarbage()
print(collectgarbage("count") < m + 2^10)   -- both strings gone
