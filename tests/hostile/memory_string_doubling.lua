-- limits: memory=16000000 instructions=100000000 timeout=5
-- expect: not enough memory
-- within: 3
-- env: safe
local s = 'x' for i = 1, 40 do s = s .. s end
