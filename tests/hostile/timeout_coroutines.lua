-- limits: timeout=0.3
-- expect: execution timeout
-- within: 3
-- env: safe
while true do coroutine.wrap(function() end)() end
