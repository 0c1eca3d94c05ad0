-- limits: memory=16000000 timeout=5
-- expect: not enough memory
-- within: 3
-- env: safe
local t = {} for i = 1, 1e6 do t[i] = 'abcdefgh' end return #table.concat(t, ('x'):rep(100))
