-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
local g
local function f() return g() end
g = function() return f() end
return f()
