-- §6.2 many values through resume/yield
local co = coroutine.wrap(function(...)
  local n = select("#", ...)
  local t = {coroutine.yield(n, ...)}
  return #t, table.unpack(t)
end)
print(co(1, nil, 3, nil))
print(co(table.unpack({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})))
