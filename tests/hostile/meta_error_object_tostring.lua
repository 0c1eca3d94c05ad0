-- limits: instructions=1000000 timeout=5
-- expect: error object is a table value
-- within: 3
-- env: safe
error(setmetatable({}, {__tostring = function() while true do end end}))
