-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local r = {x = ('y'):rep(1e6)}
local s = ('x'):rep(1e4)
while true do s = s:gsub('x', r) end
