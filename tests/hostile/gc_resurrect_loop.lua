-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local mt = {} mt.__gc = function(o) keep = o setmetatable({}, mt) end setmetatable({}, mt) while true do collectgarbage() end
