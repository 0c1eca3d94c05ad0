local function try(f) local ok, e = pcall(f); print(ok, e) end
local x, t = nil, {}
try(function() return x + 1 end)
try(function() return t.a * 2 end)
try(function() return 1 - {} end)
try(function() return "a" .. {} end)
try(function() return -t end)
try(function() return #5 end)
try(function() return t < 1 end)
try(function() return "x" ^ 2 end)
