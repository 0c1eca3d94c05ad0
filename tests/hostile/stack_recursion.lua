-- limits: instructions=100000000 timeout=5
-- expect: stack overflow
-- within: 3
-- env: safe
local function f() return 1 + f() end f()
