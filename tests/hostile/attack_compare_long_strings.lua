-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local a, b = ('x'):rep(1e7) .. 'a', ('x'):rep(1e7) .. 'b'
while true do local _ = a < b end
