-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
return load(function() return ('x'):rep(1e6) end)
