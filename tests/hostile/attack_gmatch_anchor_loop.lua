-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local s = ('ab'):rep(5e6)
while true do for _ in s:gmatch('a') do end end
