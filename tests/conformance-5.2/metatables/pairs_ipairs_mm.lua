local t = setmetatable({}, {__pairs = function(self)
  local i = 0
  return function() i = i + 1; if i <= 3 then return i, i * 10 end end, self, nil
end})
for k, v in pairs(t) do io.write(k, "=", v, " ") end
print()
local u = setmetatable({}, {__ipairs = function(self)
  return function(_, i) if i < 2 then return i + 1, "v" .. (i + 1) end end, self, 0
end})
for i, v in ipairs(u) do io.write(i, v, " ") end
print()
local plain = setmetatable({1, 2}, {__index = function(_, k) if k == 3 then return 3 end end})
local n = 0
for _ in ipairs(plain) do n = n + 1 end
print(n)
