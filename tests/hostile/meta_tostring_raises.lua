-- limits: instructions=1000000 timeout=5
-- expect: tostring failed
-- within: 3
-- env: safe
return tostring(setmetatable({}, {__tostring = function() error('tostring failed') end}))
