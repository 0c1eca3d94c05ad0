-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
while true do pcall(function() return 1 // 0 end) end
