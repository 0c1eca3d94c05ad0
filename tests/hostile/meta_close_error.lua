-- limits: instructions=1000000 timeout=5
-- expect: close failed
-- within: 3
-- env: safe
do local x <close> = setmetatable({}, {__close = function() error('close failed') end}) end
