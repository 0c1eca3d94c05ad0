local p = newproxy(true)
local mt = getmetatable(p)
mt.__index = function(_, k) return "proxy." .. k end
mt.__len = function() return 5 end
mt.__tostring = function() return "a proxy" end
print(type(p), p.x, #p, tostring(p))
local q = newproxy(p)
print(getmetatable(q) == mt, q.y)
local r = newproxy(false)
print(type(r), getmetatable(r))
print(pcall(newproxy, {}))
