-- §2.6 yield across pcall inside a coroutine
local co = coroutine.create(function()
  local ok, v = pcall(function()
    local x = coroutine.yield("first")
    error("after yield " .. x, 0)
  end)
  print("pcall result", ok, v)
  local ok2, v2 = pcall(coroutine.yield, "second")
  print("pcall yield", ok2, v2)
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "X"))
print(coroutine.resume(co, "Y"))
