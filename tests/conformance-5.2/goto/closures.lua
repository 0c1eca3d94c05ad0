local fns = {}
do
  local i = 1
  ::again::
  local x = i * 10
  fns[#fns + 1] = function() return x end
  i = i + 1
  if i <= 3 then goto again end
end
print(fns[1](), fns[2](), fns[3]())
local function find(matrix, target)
  for r = 1, #matrix do
    for c = 1, #matrix[r] do
      if matrix[r][c] == target then
        goto found
      end
    end
  end
  do return nil end
  ::found::
  return "found"
end
print(find({{1, 2}, {3, 4}}, 3), find({{1}}, 9))
