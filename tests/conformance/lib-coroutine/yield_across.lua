-- §6.2 yield across pcall, metamethods, iterators and table.sort comparators
local co = coroutine.wrap(function()
  local ok, v = pcall(function() return coroutine.yield("in pcall") + 1 end)
  print("pcall ->", ok, v)
  local mt = {__add = function(a, b) return coroutine.yield("in __add") end}
  local r = setmetatable({}, mt) + 1
  print("__add ->", r)
  for k in function(_, c) if not c then return coroutine.yield("in iterator") end end do print("iter ->", k) end
  print(pcall(table.sort, {3, 2, 1}, function(a, b) coroutine.yield("sort") return a < b end))
  return "finished"
end)
print(co())
print(co(41))
print(co("sum"))
print(co("key"))
