-- limits: instructions=10000000 timeout=1
-- expect: array too big
-- within: 1.5
-- env: safe
local t = setmetatable({}, {__len = function() return math.maxinteger end})
return table.sort(t)
