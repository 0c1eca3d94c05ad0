-- limits: instructions=10000000 timeout=1
-- expect: stack overflow
-- within: 1.5
-- env: safe
local function r() return coroutine.wrap(function() return r()() end) end
return r()()
