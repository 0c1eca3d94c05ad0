-- §2.5.4 weak tables: values disappear after collection
local weak = setmetatable({}, {__mode = "v"})
weak[1] = {}
local keep = {}
weak[2] = keep
collectgarbage(); collectgarbage()
print(weak[1], weak[2] == keep)
local wk = setmetatable({}, {__mode = "k"})
wk[{}] = 1
wk[keep] = 2
collectgarbage(); collectgarbage()
local n = 0 for _ in pairs(wk) do n = n + 1 end
print(n)
