-- limits: instructions=10000000 timeout=1
-- expect: C stack overflow
-- within: 1.5
-- env: safe
setmetatable(_ENV, {__newindex = function(t, k, v) t[k .. 'x'] = v end})
y = 1
