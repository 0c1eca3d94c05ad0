-- limits: instructions=1000000 timeout=5
-- expect: contained
-- within: 3
-- env: tenant
assert(not pcall(collectgarbage, 'stop'))
assert(not pcall(collectgarbage, 'generational'))
assert(collectgarbage('count') > 0)
error('contained', 0)
