-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
for i, v in ipairs(setmetatable({}, {__index = function(t, i) return i end})) do end
