-- §2.4 __index receives the original key, including floats normalised to integers
local seen = {}
local t = setmetatable({}, {__index = function(_, k) seen[#seen + 1] = math.type(k) or type(k); return nil end})
local _ = t[1], t[1.0], t[1.5], t["1"]
print(table.concat(seen, " "))
