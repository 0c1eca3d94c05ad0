-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
table.insert(setmetatable({}, {__len = function() return 1e15 end}), 1, 1)
