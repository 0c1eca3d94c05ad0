local graph = {a = {"b", "c"}, b = {"d"}, c = {"d"}, d = {}}
local seen, order = {}, {}
local function visit(n)
  if seen[n] then return end
  seen[n] = true
  for _, m in ipairs(graph[n]) do visit(m) end
  order[#order + 1] = n
end
visit("a")
print(table.concat(order, " "))
local matrix = {}
for i = 1, 3 do matrix[i] = {} for j = 1, 3 do matrix[i][j] = i * j end end
for i = 1, 3 do print(table.concat(matrix[i], " ")) end
