-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
while true do xpcall(function() while true do end end, function() while true do end end) end
