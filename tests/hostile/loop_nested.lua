-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
for i = 1, 1e9 do for j = 1, 1e9 do local x = i * j end end
