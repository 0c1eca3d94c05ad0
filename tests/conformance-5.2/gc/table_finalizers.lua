local order = {}
for i = 1, 3 do
  setmetatable({}, {__gc = function() order[#order + 1] = i end})
end
collectgarbage()
print(table.concat(order, " "))
local resurrect
do
  local obj = setmetatable({name = "phoenix"}, {__gc = function(o) resurrect = o end})
end
collectgarbage()
print(resurrect and resurrect.name)
print(collectgarbage("isrunning"))
collectgarbage("stop")
print(collectgarbage("isrunning"))
collectgarbage("restart")
print(collectgarbage("generational") ~= nil, collectgarbage("incremental") ~= nil)
local mt = {}
local late = setmetatable({}, mt)
mt.__gc = function() print("never: set after setmetatable") end
late = nil
collectgarbage()
print("end")
