-- limits: instructions=1000000 timeout=5
-- expect: stack overflow
-- within: 3
-- env: safe
local t t = setmetatable({}, {__index = function(_, k) return t[k] end}) return t.x
