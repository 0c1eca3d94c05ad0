-- limits: memory=20000000
-- expect: not enough memory
-- within: 1.5
-- env: safe
local t = {}
while true do xpcall(function() t[#t + 1] = ('x'):rep(1e6) end, function(m) t = {} return m end) end
