-- limits: instructions=2000000 timeout=2
-- expect: instruction limit exceeded
-- within: 2.5
-- env: safe
local t = {}
for i = 1, 1e5 do t[i] = i end
while true do table.remove(t, 1) t[#t + 1] = 1 end
