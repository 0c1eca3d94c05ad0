-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
return (('a'):rep(40)):find(('a*'):rep(40) .. 'b')
