-- limits: instructions=10000000 timeout=2 memory=20000000
-- expect: instruction limit exceeded
-- within: 2.5
-- env: safe
-- An ephemeron chain: each key's value is the next key, only the first key is reachable. Marking must stay linear
-- (lgc.c's convergeephemerons re-traverses; a naive port is quadratic: 20 s for 30,000 keys).
local n = 30000
local w = setmetatable({}, {__mode = 'k'})
local keys = {}
for i = 1, n do keys[i] = {} end
for i = 1, n - 1 do w[keys[i]] = keys[i + 1] end
local first = keys[1]
keys = nil
collectgarbage()
local count = 0
for _ in pairs(w) do count = count + 1 end
assert(count == n - 1, "ephemeron chain lost entries: " .. count)
keys = {first}   -- drop the chain but its head: the next cycle removes every entry
first = nil
keys = nil
collectgarbage()
assert(next(w) == nil, "dead ephemeron chain kept")
while true do end
