local unpack = unpack or table.unpack
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(1, 2, 3, 4), sum())
local t = {1, 2, 3}
print(sum(unpack(t)))
local function varmax(...) return math.max(...) end
print(varmax(3, 9, 2))
local big = {}
for i = 1, 200 do big[i] = i end
print(sum(unpack(big)))
