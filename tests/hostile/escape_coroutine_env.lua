-- limits: instructions=1000000 timeout=5
-- expect: contained
-- within: 3
-- env: tenant
local co = coroutine.wrap(function() return _ENV, load('return _G')() end)
local e, g = co()
assert(e == _ENV and g == _ENV)
error('contained', 0)
