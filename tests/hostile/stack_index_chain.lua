-- limits: instructions=1000000 timeout=5
-- expect: '__index' chain too long; possible loop
-- within: 3
-- env: safe
local a, b = {}, {} setmetatable(a, {__index = b}) setmetatable(b, {__index = a}) return a.x
