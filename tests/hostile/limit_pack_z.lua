-- limits: timeout=1 memory=60000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local s = ('x'):rep(16e6) while true do string.pack('z', s) end
