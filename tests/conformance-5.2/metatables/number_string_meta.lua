local smt = getmetatable("")
local old = smt.__index
smt.__index = function(s, k)
  if type(k) == "number" then return string.sub(s, k, k) end
  return old[k]
end
print(("hello")[1], ("hello")[5], ("hello"):upper())
smt.__index = old
debug.setmetatable(0, {__index = {double = function(n) return n * 2 end}, __call = function(n, x) return n + x end})
print((21):double(), (5)(3))
debug.setmetatable(0, nil)
print(pcall(function() return (1):double() end))
debug.setmetatable(nil, {__index = function(_, k) return "nil." .. tostring(k) end})
local nothing
print(nothing.field)
debug.setmetatable(nil, nil)
