-- limits: instructions=1000000 timeout=5
-- expect: stack overflow
-- within: 3
-- env: safe
local t t = setmetatable({}, {__tostring = function() return tostring(t) end}) return tostring(t)
