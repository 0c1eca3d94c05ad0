-- limits: timeout=1 memory=40000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local s = ('z'):rep(16e6) while true do tonumber(s, 36) end
