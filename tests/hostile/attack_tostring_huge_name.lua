-- limits: instructions=100000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- env: safe
local t = setmetatable({}, {__name = ('n'):rep(1e7)})
while true do local _ = tostring(t) end
