-- limits: memory=16000000 timeout=5
-- expect: not enough memory
-- within: 3
-- env: safe
local t = {} while true do t[#t + 1] = coroutine.create(function() end) end
