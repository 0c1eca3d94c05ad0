-- limits: timeout=1 memory=40000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local s = ('x'):rep(9e5) while true do utf8.codepoint(s, 1, -1) end
