-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local s = ('x'):rep(1e6) for i = 1, 1e9 do s = string.format('%s', s) end
