local cache = setmetatable({}, {__mode = "v"})
local function get(k)
  local v = cache[k]
  if not v then v = {key = k}; cache[k] = v end
  return v
end
local keep = get("a")
get("b")
collectgarbage(); collectgarbage()
print(cache.a == keep, cache.b)
local kv = setmetatable({}, {__mode = "kv"})
kv[1] = {}
kv[{}] = 1
kv.s = "strings are values"
collectgarbage()
local n = 0
for k, v in pairs(kv) do n = n + 1 end
print(n, kv.s)
local ephem = setmetatable({}, {__mode = "k"})
do local k = {}; ephem[k] = {ref = k} end
collectgarbage(); collectgarbage()
print(next(ephem) == nil)
