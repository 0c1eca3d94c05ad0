-- §6.1 error objects with __tostring inside pcall are kept as objects
local obj = setmetatable({}, {__tostring = function() return "OBJ" end})
local ok, e = pcall(error, obj)
print(ok, e == obj, tostring(e))
local ok2, e2 = pcall(error, obj, 2)
print(ok2, e2 == obj)
