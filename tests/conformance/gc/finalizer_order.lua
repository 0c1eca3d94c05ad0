-- §2.5.3 finalizers run in the reverse order objects were marked for finalization
local log = {}
for i = 1, 5 do
  setmetatable({}, {__gc = function() log[#log + 1] = i end})
end
collectgarbage()
print(table.concat(log, " "))
-- only objects whose metatable had __gc when setmetatable was called are marked
local mt = {}
local o = setmetatable({}, mt)
mt.__gc = function() print("never") end
o = nil
collectgarbage()
print("after late __gc")
-- a finalizer runs once
local count = 0
do setmetatable({}, {__gc = function() count = count + 1 end}) end
collectgarbage(); collectgarbage()
print("runs", count)
