-- §2.4 __eq, __lt, __le
local mt = {}
mt.__eq = function(a, b) print("eq called"); return a.v == b.v end
mt.__lt = function(a, b) return a.v < b.v end
mt.__le = function(a, b) return a.v <= b.v end
local function V(v) return setmetatable({v = v}, mt) end
local a, b, c = V(1), V(2), V(1)
print(a == c, a ~= c, a == b, a == a)
print(a < b, a > b, a <= c, a >= b)
print(rawequal(a, c), a == 1)
print(pcall(function() return a < 1 end))
local weird = setmetatable({}, {__eq = function() return 1 end})
print(weird == setmetatable({}, {}))
