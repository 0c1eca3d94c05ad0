-- limits: timeout=1 memory=40000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local f = ('%c'):rep(1e6) while true do os.date(f) end
