-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local src = ('local a = 1 '):rep(199) .. ('a = a + 1 '):rep(1e4)
while true do load(src) end
