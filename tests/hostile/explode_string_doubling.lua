-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local s = 'x' for i = 1, 40 do s = s .. s end
