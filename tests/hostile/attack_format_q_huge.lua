-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local s = ('\0'):rep(1e7)
return string.format('%q', s)
