-- §6.1 xpcall calls the handler with the error object
print(xpcall(function() error("boom") end, function(m) return "handled: " .. m end))
print(xpcall(function(a, b) return a + b end, print, 3, 4))
print(xpcall(function() error({1, 2}) end, function(e) return #e end))
print(xpcall(function() error("x") end, function(m) error("in handler") end))
print(pcall(xpcall))
print(xpcall(error, function(m) return "h:" .. tostring(m) end, "direct", 0))
