-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local s = ('x'):rep(1e6)
local t = {}
for i = 1, 1e9 do t[s .. i] = true end
