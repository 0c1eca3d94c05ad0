-- limits: instructions=10000000 timeout=1
-- expect: cannot change a protected metatable
-- within: 1.5
-- env: safe
setmetatable(_G, {__metatable = 'locked'})
setmetatable(_G, {})
