-- limits: timeout=1
-- expect: execution timeout
-- within: 1.5
-- Without memory or instruction limits, a huge compile still polls the clock.
local f = load(("a=1 "):rep(6e6))
error('load returned ' .. tostring(f), 0)
