-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local t = {} for i = 1, 1000 do t[i] = ('x'):rep(1000) end for i = 1, 1e9 do table.concat(t) end
