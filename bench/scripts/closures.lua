-- Closure creation and upvalue access.
local function counter()
  local c = 0
  return function(n) c = c + n; return c end
end
local total = 0
for i = 1, 1800000 do
  local f = counter()
  for j = 1, 10 do total = total + f(j) end
end
print(total)
