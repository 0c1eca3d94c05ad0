-- §2.4 __call
local callable = setmetatable({}, {__call = function(self, a, b) return "called", a, b end})
print(callable(1, 2))
print(pcall(callable, "x"))
local nested = setmetatable({}, {__call = callable})
local r = {pcall(nested, 5)}
print(r[1], r[2], r[3] == nested, r[4])
print(pcall(setmetatable({}, {}), 1))
