-- limits: memory=16000000 timeout=5
-- expect: not enough memory
-- within: 3
-- env: safe
return ('x'):rep(1e8)
