-- limits: instructions=1000000 timeout=5
-- expect: contained
-- within: 3
-- env: tenant
assert(getmetatable('') == false)
assert(not pcall(setmetatable, '', {}))
local ok = pcall(function() getmetatable('').__index.rep = nil end)
assert(not ok)
assert(('x'):rep(2) == 'xx')
error('contained', 0)
