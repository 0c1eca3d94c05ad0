-- limits: memory=20000000
-- expect: not enough memory
-- within: 1.5
-- env: safe
local co = coroutine.create(function() local t = {} while true do t[#t + 1] = ('x'):rep(1000) .. #t end end)
coroutine.resume(co)
co = nil
local n = 0 while true do n = n + 1 end
