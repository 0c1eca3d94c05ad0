-- limits: instructions=10000000 timeout=1
-- expect: too many results to unpack
-- within: 1.5
-- env: safe
local fmt = ('j'):rep(1e6)
while true do local _ = string.pack(fmt, table.unpack({}, 1, 1e6)) end
