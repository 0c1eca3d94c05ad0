-- §2.5.4 weak keys (ephemerons): an entry goes when its key is otherwise unreachable,
-- even if the value refers back to the key.
local t = setmetatable({}, {__mode = "k"})
local k1, k2 = {}, {}
t[k1] = "strong key"
t[{}] = "dropped"
local tmp = {}
t[tmp] = {ref = tmp}          -- value refers to its own key: still collectable
tmp = nil
t[k2] = k1
t["s"] = {}                   -- string keys are never removed
collectgarbage()
local n = 0 for _ in pairs(t) do n = n + 1 end
print(n, t[k1], t[k2] == k1, type(t.s))
-- a chain: k3 reachable only through the value of a live key
local k3 = {}
t[k2] = k3
t[k3] = "via chain"
k3 = nil
collectgarbage()
print(t[t[k2]])
