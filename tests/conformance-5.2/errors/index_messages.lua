local function try(f) print(select(2, pcall(f))) end
local t = {inner = {}}
try(function() return t.inner.deep.x end)
try(function() t.missing.x = 1 end)
try(function() local n = 5; return n.x end)
try(function() return (true).x end)
try(function() return undefined_global.field end)
try(function() return t[1][2] end)
try(function() local s = "str"; s.x = 1 end)
try(function() return print.x end)
