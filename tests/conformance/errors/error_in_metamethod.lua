-- §2.4 errors inside metamethods propagate with their own positions
local mt = {__add = function() error("add failed") end, __index = function(t, k) error("no field " .. k, 2) end}
local o = setmetatable({}, mt)
print(pcall(function() return o + 1 end))
print(pcall(function() return o.missing end))
