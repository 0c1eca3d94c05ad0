-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local mt = {__gc = function() end} while true do setmetatable({}, mt) end
