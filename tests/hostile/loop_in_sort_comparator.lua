-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local t = {3, 2, 1} table.sort(t, function(a, b) while true do end end)
