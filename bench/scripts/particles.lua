-- Table-heavy simulation: a world of particle records, moved each step, with table.insert/table.remove as they
-- are born and die, and a grid of buckets rebuilt every step for neighbour counts.
local seed = 12345
local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >> 16) % n end

local W, H = 200, 200
local particles = {}
local function spawn()
  table.insert(particles, {x = rand(W), y = rand(H), vx = rand(5) - 2, vy = rand(5) - 2, life = 20 + rand(60), energy = 0})
end
for _ = 1, 3000 do spawn() end

local born, died, contacts = 0, 0, 0
for step = 1, 500 do
  local grid = {}
  for i = 1, #particles do
    local p = particles[i]
    p.x = (p.x + p.vx) % W
    p.y = (p.y + p.vy) % H
    p.life = p.life - 1
    local key = (p.y // 10) * (W // 10) + p.x // 10
    local cell = grid[key]
    if cell then cell[#cell + 1] = p else grid[key] = {p} end
  end
  for _, cell in pairs(grid) do
    local n = #cell
    if n > 1 then
      contacts = contacts + n * (n - 1) // 2
      for j = 1, n do cell[j].energy = cell[j].energy + n - 1 end
    end
  end
  -- remove the dead (backwards, so indices stay valid), spawn replacements
  for i = #particles, 1, -1 do
    local p = particles[i]
    if p.life <= 0 then
      table.remove(particles, i)
      died = died + 1
      if p.energy % 3 ~= 0 then spawn(); born = born + 1 end
    end
  end
  while #particles < 3000 do spawn(); born = born + 1 end
end
local energy = 0
for i = 1, #particles do energy = energy + particles[i].energy end
print(#particles, born, died, contacts, energy)
