-- §7 uncaught error objects with __tostring use it
error(setmetatable({}, {__tostring = function() return "custom error object" end}))
