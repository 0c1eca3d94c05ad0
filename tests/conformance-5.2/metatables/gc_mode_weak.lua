local weak = setmetatable({}, {__mode = "k"})
local key = {}
weak[key] = "alive"
weak[{}] = "dead"
collectgarbage(); collectgarbage()
local n = 0
for k, v in pairs(weak) do n = n + 1 end
print(n, weak[key])
local wv = setmetatable({}, {__mode = "v"})
wv[1] = {}
wv[2] = key
collectgarbage(); collectgarbage()
print(wv[1], wv[2] == key)
