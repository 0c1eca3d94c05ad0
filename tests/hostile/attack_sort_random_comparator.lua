-- limits: instructions=10000000 timeout=1
-- expect: invalid order function for sorting
-- within: 1.5
-- env: safe
local t = {}
for i = 1, 1e5 do t[i] = i end
while true do table.sort(t, function(a, b) return math.random() < 0.5 end) end
