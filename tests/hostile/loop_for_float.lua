-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
for i = 0.0, math.huge, 0.5 do end
