-- limits: timeout=0.3
-- expect: execution timeout
-- within: 3
-- env: safe
local s = ('x'):rep(1e6) for i = 1, 1e9 do s:upper() end
