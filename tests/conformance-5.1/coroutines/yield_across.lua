local co = coroutine.create(function()
  local t = {3, 1, 2}
  local ok, err = pcall(function()
    table.sort(t, function(a, b) coroutine.yield("in sort") return a < b end)
  end)
  print("sort:", ok, err)
  local ok2, v = pcall(coroutine.yield, "through pcall")
  print("pcall yield:", ok2, v)
  return "done"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "resumed"))
print(coroutine.resume(co))
