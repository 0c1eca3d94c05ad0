-- limits: timeout=1 memory=40000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local f, s = ('b'):rep(9e5), ('x'):rep(9e5) while true do string.unpack(f, s) end
