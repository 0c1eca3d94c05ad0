local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
mt.__le = function(a, b) return a.v <= b.v end
local function new(v) return setmetatable({v = v}, mt) end
local a, b = new(1), new(2)
print(a < b, a > b, a <= b, a >= b, b <= b)
local only_lt = {__lt = function(x, y) return x.v < y.v end}
local c, d = setmetatable({v = 1}, only_lt), setmetatable({v = 2}, only_lt)
print(pcall(function() return c <= d end))
print(pcall(function() return a < 1 end))
local e1 = setmetatable({}, {__eq = function() return true end})
local e2 = setmetatable({}, {__eq = function() return true end})
print(e1 == e2, e1 == {}, e1 ~= e2)
