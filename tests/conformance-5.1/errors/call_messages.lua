local function try(f) print(select(2, pcall(f))) end
local t = {}
try(function() t.f() end)
try(function() t[1]() end)
try(function() local x = 1; x() end)
try(function() nope() end)
try(function() t:m() end)
try(function() ("s")() end)
try(function() (nil)() end)
try(function() return t.a.b() end)
