-- limits: instructions=1000000 timeout=5
-- expect: stack overflow
-- within: 3
-- env: safe
local t = setmetatable({}, {__concat = function(a, b) return a .. b end}) return t .. 'x'
