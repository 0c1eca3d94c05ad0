-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
local function nest(n)
  if n == 0 then return coroutine.wrap(function() while true do coroutine.yield(1) end end) end
  local inner = nest(n - 1)
  return coroutine.wrap(function() while true do coroutine.yield(inner()) end end)
end
local top = nest(150)
while true do top() end
