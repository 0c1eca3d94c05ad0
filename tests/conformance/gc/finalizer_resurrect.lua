-- §2.5.3 resurrection: the object is alive during and after its finalizer; weak values are cleared
-- before the finalizer runs, weak keys after.
local saved
local wv = setmetatable({}, {__mode = "v"})
local wk = setmetatable({}, {__mode = "k"})
do
  local obj = setmetatable({name = "obj"}, {__gc = function(o)
    print("in __gc", o.name, wv[1], wk[o])
    saved = o
  end})
  wv[1] = obj
  wk[obj] = "value"
end
collectgarbage()
print("saved", saved and saved.name, wv[1])
local n = 0 for _ in pairs(wk) do n = n + 1 end
print("weak key kept during resurrection cycle", n)
saved = nil
collectgarbage()
n = 0 for _ in pairs(wk) do n = n + 1 end
print("after next cycle", n)
