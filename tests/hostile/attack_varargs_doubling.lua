-- limits: instructions=2000000 timeout=2
-- expect: instruction limit exceeded
-- within: 2.5
-- env: safe
local function f(...) return f(..., ...) end
return f(1)
