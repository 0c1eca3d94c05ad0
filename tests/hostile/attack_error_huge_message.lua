-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local m = ('x'):rep(1e6)
while true do m = select(2, pcall(error, m .. m, 0)) end
