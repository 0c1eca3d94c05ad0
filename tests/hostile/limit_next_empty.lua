-- limits: timeout=1 memory=200000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local t = {} for i = 1, 4e6 do t[i] = i end for i = 1, 4e6 do t[i] = nil end while true do next(t) end
