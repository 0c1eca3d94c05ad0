-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local e = {}
for i = 1, 1e9 do e = {e} pcall(error, e) end
