-- §6.2 nils and varargs through coroutines
local co = coroutine.create(function(...)
  print("args", select("#", ...), ...)
  print("yield got", select("#", coroutine.yield(nil, nil)), "values")
  return nil
end)
print(coroutine.resume(co, nil, nil, nil))
print(coroutine.resume(co))
print(coroutine.resume(co))
