-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
return (('x'):rep(10)):gsub('.', function() while true do end end)
