-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local n = 0
while true do xpcall(error, function(m) n = n + 1 return ('x'):rep(1e6 * n) end, 'e') end
