-- limits: instructions=10000000 timeout=6 memory=20000000
-- expect: contained
-- within: 6.5
-- A flat chain of 80000 'or's: joining jump lists must not be quadratic (it took 9 s).
local f = assert(load("return " .. ("x or "):rep(80000) .. "x"))
error('contained', 0)
