-- limits: instructions=1000000 timeout=5
-- expect: stack overflow
-- within: 3
-- env: safe
local function f() table.sort({3, 2, 1}, function(a, b) f() return a < b end) end f()
