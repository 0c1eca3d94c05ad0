-- limits: memory=20000000
-- expect: not enough memory
-- within: 1.5
-- env: safe
local ok = pcall(string.rep, 'x', 50e6)
return ok
