-- limits: instructions=1000000 timeout=5
-- expect: stack overflow
-- within: 3
-- env: safe
local function nest() return coroutine.wrap(function() return nest()() end) end nest()()
