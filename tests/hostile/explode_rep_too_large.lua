-- limits: instructions=1000000 timeout=5
-- expect: resulting string too large
-- within: 3
-- env: safe
return ('x'):rep(2^62)
