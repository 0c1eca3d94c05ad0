local function try(f) print(select(2, pcall(f))) end
local t = {}
try(function() return "a" .. true end)
try(function() return "a" .. nil end)
try(function() return t.x .. "a" end)
print(select(2, pcall((function() local up = nil; return function() return "x" .. up end end)())))
try(function() return 1 .. {} end)
try(function() return "a" .. print end)
