local base = {greet = function() return "hi" end}
local cur = base
for i = 1, 50 do cur = setmetatable({}, {__index = cur}) end
print(cur.greet())
local loop = {}
setmetatable(loop, {__index = loop})
print(pcall(function() return loop.x end))
