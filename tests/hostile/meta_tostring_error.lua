-- limits: instructions=1000000 timeout=5
-- expect: __tostring
-- within: 3
-- env: safe
return tostring(setmetatable({}, {__tostring = function() return {} end}))
