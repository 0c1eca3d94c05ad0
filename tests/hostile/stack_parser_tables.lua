-- limits: instructions=1000000 timeout=5
-- expect: C stack overflow
-- within: 3
-- env: safe
assert(load('return ' .. ('{'):rep(1e5) .. ('}'):rep(1e5)))
