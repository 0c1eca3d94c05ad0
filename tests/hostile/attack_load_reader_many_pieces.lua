-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local n = 0
return load(function() n = n + 1 if n < 1e7 then return 'a=1 ' end end)
