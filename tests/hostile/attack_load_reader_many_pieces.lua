-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local n = 0
local piece = ('a=1 '):rep(10)
return load(function() n = n + 1 if n < 1e7 then return piece end end)
