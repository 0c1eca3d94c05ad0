-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local m = ('x'):rep(1e6)
while true do local _ = debug.traceback(m, 1e9) end
