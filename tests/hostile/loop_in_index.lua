-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local t = setmetatable({}, {__index = function() while true do end end}) return t.x
