-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local name = ('n'):rep(5e6)
for i = 1, 1e9 do load('return 1', name) end
