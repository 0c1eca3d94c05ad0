-- While the state closes, every object marked for finalization is finalized once; objects given a __gc by
-- those finalizers are not (gc.lua's "closing state" finalizer makes one each time).
local tt = {}
tt.__gc = function (o)
  ___Glob = o
  setmetatable({}, tt)
  print("closing state")
end
___Glob = {setmetatable({}, tt)}
print("end of chunk")
