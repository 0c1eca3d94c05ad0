-- §2.4 __unm and __len receive the operand (twice for __unm)
local mt = {__unm = function(a, b) return rawequal(a, b) end, __len = function(a, b) return select("#", a, b) end}
local o = setmetatable({}, mt)
print(-o, #o)
local s = setmetatable({1, 2, 3}, {__len = function() return "len" end})
print(#s)
