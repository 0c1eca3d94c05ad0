-- §2.5.4 weak values: entries whose values are only weakly referenced disappear after a full collection;
-- strings, numbers and booleans are never removed.
local t = setmetatable({}, {__mode = "v"})
local keep = {}
t[1] = {}; t[2] = keep; t[3] = "str"; t[4] = 42; t[5] = true; t[6] = function() end; t.x = {}
collectgarbage()
print(t[1], t[2] == keep, t[3], t[4], t[5], t[6], t.x)
local n = 0 for _ in pairs(t) do n = n + 1 end
print("entries", n)
