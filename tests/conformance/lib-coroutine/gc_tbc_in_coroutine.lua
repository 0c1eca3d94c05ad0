-- §3.3.8 to-be-closed variables closed on normal exit inside coroutines
local co = coroutine.wrap(function()
  do
    local x <close> = setmetatable({}, {__close = function() print("closed x") end})
    coroutine.yield("yield with x open")
  end
  return "after"
end)
print(co())
print(co())
