-- Lua 5.5 code through string.dump and load: its instructions survive a round trip
local function f(a, ...t)
  global gz = a
  t[1] = 7
  local function g(...v) return v[1], v.n end
  return t.n, ..., g(9, 8)
end
local d = load(string.dump(f))
print(d(1, 2, 3))
print(pcall(d, 1))
local s = load(string.dump(f, true))
print(pcall(s, 5))
