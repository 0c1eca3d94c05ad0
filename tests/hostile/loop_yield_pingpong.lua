-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local co = coroutine.wrap(function() while true do coroutine.yield() end end) while true do co() end
