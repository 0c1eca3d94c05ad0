-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
for m in (('a'):rep(5000)):gmatch('.-b') do end
