-- §6.1 errors in xpcall handlers
local ok, e = xpcall(function() error("first") end, function(m) error("second") end)
print(ok, type(e))
local depth = 0
print(xpcall(function() local x = nil; return x.y end, function(m) depth = depth + 1; return m .. " (handled)" end), depth)
