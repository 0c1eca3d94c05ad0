-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local p = ('%a'):rep(1e5)
while true do local _ = ('a'):rep(1e5):find(p) end
