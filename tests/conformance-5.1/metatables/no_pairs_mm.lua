local t = setmetatable({a = 1}, {__pairs = function() error("never") end, __ipairs = function() error("never") end})
local n = 0
for k, v in pairs(t) do n = n + 1 end
for i, v in ipairs({1, 2}) do n = n + 1 end
print(n)
local plain = setmetatable({1, 2}, {__index = function(_, k) if k == 3 then return 3 end end})
local m = 0
for _ in ipairs(plain) do m = m + 1 end
print(m)
local l = setmetatable({}, {__len = function() return 7 end})
print(#l)
