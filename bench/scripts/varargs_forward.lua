-- Varargs forwarding: `...` through several call levels, select('#', ...) with nils, table.pack/table.unpack,
-- and varargs in table constructors and multiple assignment.
local select, pack, unpack = select, table.pack, table.unpack

local function count(...) return select('#', ...) end
local function last(...) local n = select('#', ...); return (select(n, ...)) end
local function level3(...) return count(...), last(...), ... end
local function level2(a, ...) return level3(a, ...) end
local function level1(...) return level2(...) end

local function sumpacked(t) local s = 0 for i = 1, t.n do s = s + (t[i] or 0) end return s end
local function repack(...) local t = pack(...); return unpack(t, 1, t.n) end
local function append(x, ...) return ..., x end  -- only the first value of ... then x (adjusted)
local function tail(_, ...) return ... end

local total = 0
for i = 1, 900000 do
  local n, l, a, b = level1(i, nil, i + 1, nil)       -- count includes trailing nils
  total = total + n + (l == nil and 1 or 0) + a + (b == nil and 0 or 1)
  total = total + sumpacked(pack(repack(i, 2, nil, 4)))
  local t = {tail(i, 1, 2, 3)}
  total = total + #t + select('#', tail(i)) + count(append(i, 7, 8))
  local x, y, z = unpack({i, i * 2, i * 3}, 2)
  total = total + x + y + (z == nil and 1 or 0)
end
print(total)
