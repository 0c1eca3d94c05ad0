-- Varargs, select and table.pack/unpack.
local function sum(...)
  local s = 0
  for i = 1, select('#', ...) do s = s + (select(i, ...)) end
  return s
end
local function pass(...) return sum(...) end
local t = 0
for i = 1, 1500000 do t = t + pass(i, 2, 3, 4, 5) + sum(table.unpack({1, 2, 3})) end
print(t)
