-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local f, e = load('return {' .. ('1,'):rep(3e6) .. '}')
return f and f()
