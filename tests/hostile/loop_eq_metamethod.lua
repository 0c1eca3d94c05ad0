-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local mt = {__eq = function() while true do end end} local a, b = setmetatable({}, mt), setmetatable({}, mt) return a == b
