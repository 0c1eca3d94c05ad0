print(xpcall(function() error("oops") end, function(m) return "handled: " .. m end))
print(xpcall(function() return 1, 2 end, print))
print(xpcall(function() local x = nil; return x.y end, function(m) return (m:gsub("^.-:%d+: ", "")) end))
print(xpcall(function() error({}) end, function(m) return type(m) end))
local function handler(m) return "H(" .. tostring(m) .. ")" end
print(xpcall(error, handler))
