-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local t = {}
for i = 1, 1e5 do t[i] = '' end
return table.concat(t, ('x'):rep(1e4))
