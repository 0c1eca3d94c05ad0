-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local mt = {}
mt.__concat = function(a, b) return setmetatable({}, mt) end
local x = setmetatable({}, mt)
while true do x = x .. x .. x .. x end
