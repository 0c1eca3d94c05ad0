-- limits: instructions=1000000 timeout=5
-- expect: contained
-- within: 3
-- env: tenant
assert(not pcall(require, 'io'))
assert(not pcall(require, 'debug'))
assert(require('string') == string)
error('contained', 0)
