local graph = {
  A = {B = 7, C = 9, F = 14},
  B = {A = 7, C = 10, D = 15},
  C = {A = 9, B = 10, D = 11, F = 2},
  D = {B = 15, C = 11, E = 6},
  E = {D = 6, F = 9},
  F = {A = 14, C = 2, E = 9},
  G = {},
}
local function shortest(src)
  local dist, prev, done = {[src] = 0}, {}, {}
  while true do
    local best, bestd = nil, math.huge
    for node, d in pairs(dist) do
      if not done[node] and (d < bestd or (d == bestd and node < best)) then best, bestd = node, d end
    end
    if not best then break end
    done[best] = true
    for nb, w in pairs(graph[best]) do
      local nd = bestd + w
      if not dist[nb] or nd < dist[nb] then dist[nb], prev[nb] = nd, best end
    end
  end
  return dist, prev
end
local dist, prev = shortest("A")
local names = {}
for n in pairs(graph) do names[#names + 1] = n end
table.sort(names)
for _, n in ipairs(names) do
  local path, cur = {}, n
  while cur do table.insert(path, 1, cur); cur = prev[cur] end
  print(n, dist[n] or "unreachable", dist[n] and table.concat(path, "->") or "")
end
