-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
while true do local _ = string.rep('', 1e9, ('x'):rep(100)) end
