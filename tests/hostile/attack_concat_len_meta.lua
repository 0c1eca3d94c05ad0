-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local t = setmetatable({}, {__len = function() return 1e9 end, __index = function() return 'xy' end})
return table.concat(t)
