-- limits: instructions=100000000 timeout=5
-- expect: survived
-- within: 3
-- env: safe
local depth = 0
local function f() depth = depth + 1 pcall(f) end
f()
-- each pcall is a C call in lua (LUAI_MAXCCALLS = 200): the nesting stops at "C stack overflow"
assert(depth > 150 and depth < 200)
error('stack exhausted through pcall and survived', 0)
