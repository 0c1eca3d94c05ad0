-- limits: instructions=2000000 timeout=2
-- expect: instruction limit exceeded
-- within: 2.5
-- env: safe
local s = ''
for i = 1, 1e9 do s = s .. i end
