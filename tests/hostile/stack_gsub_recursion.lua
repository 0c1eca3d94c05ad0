-- limits: instructions=1000000 timeout=5
-- expect: stack overflow
-- within: 3
-- env: safe
local function f(s) return (s:gsub('.', f)) end f('x')
