local log = {}
local p = newproxy and newproxy(true)
if p then
  getmetatable(p).__gc = function() log[#log + 1] = "proxy collected" end
  p = nil
end
collectgarbage(); collectgarbage()
print(#log <= 1, log[1])
local t = setmetatable({}, {__gc = function() log[#log + 1] = "table collected" end})
t = nil
collectgarbage(); collectgarbage()
print(log[#log])
