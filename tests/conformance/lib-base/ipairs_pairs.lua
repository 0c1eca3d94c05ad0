-- §6.1 ipairs and pairs with metamethods
local t = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * 10 end end})
for i, v in ipairs(t) do io.write(i, "=", v, " ") end print()
local p = setmetatable({}, {__pairs = function(self) return function(_, k) if not k then return 1, "one" end end, self, nil end})
for k, v in pairs(p) do print(k, v) end
print(pcall(ipairs))
print(pcall(pairs))
print(pcall(function() local f, s, k = pairs(1) return type(f), s, k end))
local f, s, i = ipairs({})
print(type(f), type(s), i)
for i, v in ipairs({1, 2, nil, 4}) do io.write(i, " ") end print()
local n, st, init = pairs({})
print(n == next, init)
