-- limits: instructions=10000000 timeout=1
-- expect: string slice too long
-- within: 1.5
-- env: safe
local s = ('x'):rep(1e7)
while true do local t = {s:byte(1, -1)} end
