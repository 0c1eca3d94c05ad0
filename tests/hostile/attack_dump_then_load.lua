-- limits: instructions=10000000 timeout=1
-- expect: attempt to load a binary chunk
-- within: 1.5
-- env: safe
local d = string.dump(function() return 1 end)
return assert(load(d))
