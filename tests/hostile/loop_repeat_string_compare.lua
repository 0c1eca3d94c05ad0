-- limits: instructions=1000000
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
-- Strings are compared off the fast path (§3.4.4); the loop's backward jump must still be charged.
local s = "a"
repeat until s > "b"
