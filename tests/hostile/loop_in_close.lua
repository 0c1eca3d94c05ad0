-- limits: instructions=1000000 timeout=5
-- expect: instruction limit exceeded
-- within: 3
-- env: safe
do local x <close> = setmetatable({}, {__close = function() while true do end end}) end
