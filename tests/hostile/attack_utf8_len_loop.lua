-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local s = ('\u{10FFFF}'):rep(4e6)
while true do local _ = utf8.len(s) end
