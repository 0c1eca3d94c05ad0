-- limits: timeout=1 memory=40000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local s = (' '):rep(16e6) .. '1' while true do local _ = s + 0 end
