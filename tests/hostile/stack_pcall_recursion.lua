-- limits: instructions=100000000 timeout=5
-- expect: survived
-- within: 3
-- env: safe
local depth = 0
local function f() depth = depth + 1 pcall(f) end
f()
assert(depth > 1000)
error('stack exhausted through pcall and survived', 0)
