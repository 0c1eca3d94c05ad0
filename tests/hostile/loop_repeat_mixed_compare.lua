-- limits: instructions=1000000
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
-- An integer against a float is compared off the fast path (§3.4.4); the loop's backward jump must still be charged.
local x = 0
repeat until x > 0.5
