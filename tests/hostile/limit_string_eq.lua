-- limits: timeout=1 memory=40000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local a, b = ('x'):rep(8e6), ('x'):rep(8e6) while true do local _ = a == b end
