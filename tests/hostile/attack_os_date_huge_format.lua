-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local f = ('%c'):rep(1e6)
while true do local _ = os.date(f) end
