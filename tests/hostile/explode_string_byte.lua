-- limits: instructions=1000000 timeout=5
-- expect: string slice too long
-- within: 3
-- env: safe
return string.byte(('x'):rep(1e7), 1, -1)
