-- limits: instructions=2000000 timeout=2
-- expect: instruction limit exceeded
-- within: 2.5
-- env: safe
local t = {}
for i = 1, 1e6 do table.insert(t, 1, i) end
