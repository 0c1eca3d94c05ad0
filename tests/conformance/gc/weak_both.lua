-- §2.5.4 "kv": both keys and values weak
local t = setmetatable({}, {__mode = "kv"})
local live = {}
t[live] = {}        -- value unreachable: entry removed
t[{}] = live        -- key unreachable: entry removed
t[live] = live
t[1] = {}
t[2] = live
collectgarbage()
local n = 0 for _ in pairs(t) do n = n + 1 end
print(n, t[live] == live, t[1], t[2] == live)
