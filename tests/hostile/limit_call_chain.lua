-- limits: timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local c = setmetatable({}, {}) getmetatable(c).__call = c c()
