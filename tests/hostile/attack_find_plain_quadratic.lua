-- limits: instructions=2000000 timeout=2
-- expect: instruction limit exceeded
-- within: 2.5
-- env: safe
local h = ('a'):rep(2e6)
local n = ('a'):rep(1e6) .. 'b'
while true do local _ = h:find(n, 1, true) end
