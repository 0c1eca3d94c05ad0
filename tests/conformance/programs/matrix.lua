-- §3.3 matrix multiplication with integers and floats
local function matmul(a, b)
  local n, m, p = #a, #b, #b[1]
  local c = {}
  for i = 1, n do
    c[i] = {}
    for j = 1, p do
      local s = 0
      for k = 1, m do s = s + a[i][k] * b[k][j] end
      c[i][j] = s
    end
  end
  return c
end
local a = {{1, 2}, {3, 4}}
local b = {{5, 6}, {7, 8}}
local c = matmul(a, b)
print(c[1][1], c[1][2], c[2][1], c[2][2])
local f = matmul({{0.5, 1}}, {{2}, {0.25}})
print(f[1][1])
local id = {}
for i = 1, 20 do id[i] = {} for j = 1, 20 do id[i][j] = i == j and 1 or 0 end end
local sq = matmul(id, id)
local tr = 0 for i = 1, 20 do tr = tr + sq[i][i] end
print(tr)
