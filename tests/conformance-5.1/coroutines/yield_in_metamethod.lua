local obj = setmetatable({}, {__index = function(t, k) return coroutine.yield("need " .. k) end})
local co = coroutine.create(function() return "got " .. obj.value end)
print(coroutine.resume(co))
print(coroutine.resume(co, 42))
local co2 = coroutine.create(function()
  for k, v in function(_, prev) local n = (prev or 0) + 1; if n <= 2 then coroutine.yield("iter " .. n); return n, n * n end end do
    print("loop", k, v)
  end
  return "finished"
end)
for i = 1, 4 do print(coroutine.resume(co2)) end
