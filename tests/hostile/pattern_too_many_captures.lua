-- limits: instructions=1000000 timeout=5
-- expect: too many captures
-- within: 3
-- env: safe
return ('x'):match(('()'):rep(40))
