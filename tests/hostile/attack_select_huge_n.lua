-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local t = {}
for i = 1, 1e5 do t[i] = i end
while true do local _ = select(-1, table.unpack(t)) end
