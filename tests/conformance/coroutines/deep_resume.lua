-- §2.6 nested coroutines resuming each other
local function chain(n)
  if n == 0 then return coroutine.yield("bottom") end
  local co = coroutine.wrap(function() return chain(n - 1) end)
  local v = co()
  return v .. "<" .. n
end
local top = coroutine.wrap(function() return chain(5) end)
print(top())
