-- limits: instructions=10000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- A 16 MB source: its syntax tree would need far more than the limit, so the compile stops early.
local f = load(("a=1 "):rep(4e6))
error('load returned ' .. tostring(f), 0)
