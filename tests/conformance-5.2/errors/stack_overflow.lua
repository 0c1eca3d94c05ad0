local function inf(n) return 1 + inf(n + 1) end
local ok, e = pcall(inf, 1)
print(ok, (e:gsub("^.-:%d+: ", "")))
local function mk() local t = setmetatable({}, {}); getmetatable(t).__index = function(t, k) return t[k] end; return t end
local ok2, e2 = pcall(function() return mk().x end)
print(ok2, e2:find("stack overflow") ~= nil)
