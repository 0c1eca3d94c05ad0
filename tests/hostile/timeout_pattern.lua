-- limits: timeout=0.3
-- expect: execution timeout
-- within: 3
-- env: safe
local s = ('a'):rep(60) return s:find(('a-'):rep(60) .. 'b')
