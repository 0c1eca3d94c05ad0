-- §6.2 arguments of the first resume go to the body; later ones are yield results
local co = coroutine.wrap(function(...)
  print("body", select("#", ...), ...)
  print("yield returned", coroutine.yield())
  print("yield returned", coroutine.yield(nil, nil))
end)
co(1, nil)
print(select("#", co()))
co("a", "b", nil)
