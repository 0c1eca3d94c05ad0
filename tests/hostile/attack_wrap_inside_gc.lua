-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
setmetatable({}, {__gc = function()
  local co = coroutine.wrap(function() while true do coroutine.yield() end end)
  while true do co() end
end})
collectgarbage()
while true do end
