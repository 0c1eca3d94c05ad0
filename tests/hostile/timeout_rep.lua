-- limits: timeout=0.3
-- expect: execution timeout
-- within: 3
-- env: safe
for i = 1, 1e9 do local s = ('x'):rep(1e7) end
