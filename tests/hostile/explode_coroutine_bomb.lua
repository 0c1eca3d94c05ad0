-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local t = {} while true do t[#t + 1] = coroutine.create(function() end) end
