-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local s = ('9'):rep(1e7)
while true do local _ = tonumber(s) end
