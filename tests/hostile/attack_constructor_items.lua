-- limits: instructions=100000000 timeout=10 memory=20000000
-- expect: not enough memory
-- within: 10.5
-- (The memory limit ends it in ~1.3 s in a Debug build; a 2 s timeout raced it when CI ran tests in parallel.)
-- env: safe
local f, e = load('return {' .. ('1,'):rep(3e6) .. '}')
return f and f()
