-- limits: timeout=0.3
-- expect: execution timeout
-- within: 3
-- env: safe
local x = 0 while true do x = x + 1 end
