-- §6.1 xpcall with handlers and arguments
print(xpcall(function(a, b) return a + b end, print, 1, 2))
print(xpcall(function() error("e1") end, function(m) return "handled: " .. m end))
print(xpcall(function() error({}) end, function(m) return type(m) end))
print(xpcall(function() error("e2") end, function(m) error("in handler") end))
print(pcall(xpcall))
print(pcall(xpcall, print))
print(xpcall(error, function(m) return m end, "direct"))
print(xpcall(function() local x = nil; return x.f end, debug.traceback) ~= nil)
