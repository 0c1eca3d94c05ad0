-- §3.4.4 __eq only for two tables (or two userdata); result converted to boolean
local calls = 0
local mt = {__eq = function() calls = calls + 1; return "yes" end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, calls)
print(a == "x", a == 1, calls)
local c = setmetatable({}, {__eq = function() return false end})
print(a == c, c == a, calls)
