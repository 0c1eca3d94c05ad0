local e1 = setmetatable({}, {__eq = function() return true end})
local e2 = setmetatable({}, {__eq = function() return true end})
local shared = {__eq = function(a, b) return a.id == b.id end}
local s1, s2 = setmetatable({id = 1}, shared), setmetatable({id = 1}, shared)
print(e1 == e2, s1 == s2, s1 ~= s2, e1 == 1, s1 == {id = 1})
local calls = 0
local counted = {__eq = function() calls = calls + 1; return false end}
local c1, c2 = setmetatable({}, counted), setmetatable({}, counted)
print(c1 == c1, c1 == c2, calls)
local lt1 = setmetatable({}, {__lt = function() return true end})
local lt2 = setmetatable({}, {__lt = function() return true end})
print(pcall(function() return lt1 < lt2 end))
