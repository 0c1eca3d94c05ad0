-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
return (('x'):rep(1e6)):gsub('.', ('y'):rep(100))
