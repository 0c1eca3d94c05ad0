-- limits: instructions=10000000 timeout=1
-- expect: instruction limit exceeded
-- within: 1.5
-- env: safe
local c = setmetatable({}, {}) getmetatable(c).__call = c
local function f(...) return c(...) end
while true do pcall(f, 1, 2, 3) end
