-- limits: timeout=1 memory=40000000
-- expect: execution timeout
-- within: 1.5
-- env: safe
local f = ('i16'):rep(1e6) while true do string.packsize(f) end
