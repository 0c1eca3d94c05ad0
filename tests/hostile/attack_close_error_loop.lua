-- limits: instructions=1000000000 timeout=1
-- expect: execution timeout
-- within: 1.5
-- env: safe
while true do
  local co = coroutine.create(function()
    local x <close> = setmetatable({}, {__close = function() error('e') end})
    coroutine.yield()
  end)
  coroutine.resume(co)
  coroutine.close(co)
end
