-- limits: instructions=2000000 timeout=2
-- expect: instruction limit exceeded
-- within: 2.5
-- env: safe
local s = ('a'):rep(1e6)
while true do local _ = s:gsub('', '') end
