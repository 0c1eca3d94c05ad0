local function try(f, ...) print(select(2, pcall(f, ...))) end
local t = {}
try(function() local a; return a.b end)
try(function() return t.x.y end)
try(function() undefinedfn() end)
try(function() t.method() end)
try(function() t:method() end)
try(function() local s = "x"; return s.y.z end)
try(function() return ("x")() end)
try(function() return #nil end)
print(select(2, pcall((function() local up = {}; return function() return up.a.b end end)())))
try(function() return 1 .. nil end)
try(function() return {} .. "" end)
