-- limits: instructions=2000000 timeout=2
-- expect: instruction limit exceeded
-- within: 2.5
-- env: safe
local n = 0
for i = math.mininteger, math.maxinteger do n = n + 1 end
