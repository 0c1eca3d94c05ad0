-- §2.6 yields inside for-loop iterators and table.sort comparators are allowed / disallowed
local gen = coroutine.wrap(function()
  for k in function(_, c) c = (c or 0) + 1; if c <= 2 then coroutine.yield("it" .. c) return c end end do end
  return "done"
end)
print(gen(), gen(), gen())
local co = coroutine.create(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)
print(coroutine.resume(co))
