-- Cellular automaton: Conway's Life on a wrapping 128x128 grid of row tables, a new generation each step,
-- seeded from an LCG; prints the live-cell count and a row checksum.
local W, H = 128, 128
local seed = 2024
local function rand() seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >> 16) & 1 end

local grid = {}
for y = 1, H do
  local row = {}
  for x = 1, W do row[x] = rand() end
  grid[y] = row
end

local function step(g)
  local new = {}
  for y = 1, H do
    local up, row, down = g[(y - 2) % H + 1], g[y], g[y % H + 1]
    local out = {}
    for x = 1, W do
      local l, r = (x - 2) % W + 1, x % W + 1
      local n = up[l] + up[x] + up[r] + row[l] + row[r] + down[l] + down[x] + down[r]
      if n == 3 or (n == 2 and row[x] == 1) then out[x] = 1 else out[x] = 0 end
    end
    new[y] = out
  end
  return new
end

for _ = 1, 500 do grid = step(grid) end
local live, sum = 0, 0
for y = 1, H do
  local row = grid[y]
  for x = 1, W do
    live = live + row[x]
    sum = (sum * 3 + row[x] * x) % 1000000007
  end
end
print(live, sum)
