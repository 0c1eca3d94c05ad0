-- §6.2 wrap passes arguments and results like resume without the status
local w = coroutine.wrap(function(a, b)
  local c = coroutine.yield(a * b)
  local d, e = coroutine.yield(c .. "!")
  return d + e
end)
print(w(6, 7))
print(w("hi"))
print(w(1, 2))
