-- §2.4 __lt and __le are independent; mixed operands use the metamethod of either side
local mt = {__lt = function(a, b) return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a < b, a > b)
print(pcall(function() return 1 < a end))
print(pcall(function() return a < "x" end))
local le = setmetatable({}, {__le = function(x, y) return "yes" end})
print(le <= 1, 1 >= le, pcall(function() return le < 1 end))
