-- §2.5.3 errors in finalizers become warnings (on stderr, not shown here); the collection goes on
local log = {}
setmetatable({}, {__gc = function() log[#log + 1] = "a" end})
setmetatable({}, {__gc = function() error("boom") end})
setmetatable({}, {__gc = function() log[#log + 1] = "c" end})
collectgarbage()
print(table.concat(log, ","))
print(pcall(collectgarbage))
