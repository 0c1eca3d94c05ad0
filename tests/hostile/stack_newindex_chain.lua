-- limits: instructions=1000000 timeout=5
-- expect: '__newindex' chain too long; possible loop
-- within: 3
-- env: safe
local a, b = {}, {} setmetatable(a, {__newindex = b}) setmetatable(b, {__newindex = a}) a.x = 1
