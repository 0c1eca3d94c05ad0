-- §2.5.3 pending finalizers run when the state closes, newest first, even for reachable objects
local keep = setmetatable({}, {__gc = function() print("closing keep") end})
setmetatable({}, {__gc = function() print("closing temp") end})
print("end of script")
