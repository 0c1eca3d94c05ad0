-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local t = {} for i = 1, 1e9 do t[i] = i end
