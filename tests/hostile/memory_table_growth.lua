-- limits: memory=16000000 instructions=100000000 timeout=5
-- expect: not enough memory
-- within: 3
-- env: safe
local t = {} for i = 1, 1e9 do t[i] = i end
