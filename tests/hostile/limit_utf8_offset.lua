-- limits: timeout=1 memory=40000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local s = ('x'):rep(16e6) while true do utf8.offset(s, 16e6) end
