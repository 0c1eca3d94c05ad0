-- limits: instructions=10000000 timeout=5
-- expect: stack overflow
-- within: 3
-- env: safe
local t t = setmetatable({}, {__call = function(self) return self() + 1 end}) return t()
