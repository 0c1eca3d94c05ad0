-- limits: instructions=1000000 timeout=5
-- expect: contained
-- within: 3
-- env: tenant
local f = load('return _G')
assert(f() == _G)
assert(rawget(f(), 'io') == nil and rawget(f(), 'os') ~= nil)
assert(load('return io')() == nil)
error('contained', 0)
