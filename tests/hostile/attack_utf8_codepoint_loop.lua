-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local s = ('\u{E9}'):rep(4e6)
while true do local _ = utf8.codepoint(s, 1, 1e5) end
