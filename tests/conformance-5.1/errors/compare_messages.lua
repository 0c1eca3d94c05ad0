local function try(f) print(select(2, pcall(f))) end
try(function() return {} < {} end)
try(function() return {} <= 1 end)
try(function() return "a" < 1 end)
try(function() return nil > 1 end)
try(function() return true < false end)
try(function() return print < print end)
try(function() local a, b = {}, {}; return a >= b end)
