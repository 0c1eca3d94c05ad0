-- limits: timeout=0.3
-- expect: execution timeout
-- within: 3
-- env: safe
while true do pcall(function() while true do end end) end
