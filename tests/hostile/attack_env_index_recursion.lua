-- limits: instructions=10000000 timeout=1
-- expect: C stack overflow
-- within: 1.5
-- env: safe
setmetatable(_ENV, {__index = function(t, k) return t[k] end})
return undefined_name
