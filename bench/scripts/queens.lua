-- Backtracking: count all solutions of the N-queens problem (array-based, recursive), and a bitmask variant.
local function queens(n)
  local cols, diag1, diag2 = {}, {}, {}
  local count = 0
  local function place(r)
    if r > n then count = count + 1; return end
    for c = 1, n do
      local d1, d2 = r + c, r - c + n
      if not cols[c] and not diag1[d1] and not diag2[d2] then
        cols[c], diag1[d1], diag2[d2] = true, true, true
        place(r + 1)
        cols[c], diag1[d1], diag2[d2] = false, false, false
      end
    end
  end
  place(1)
  return count
end

local function queensBits(n)
  local all = (1 << n) - 1
  local function solve(cols, ld, rd)
    if cols == all then return 1 end
    local count = 0
    local avail = all & ~(cols | ld | rd)
    while avail ~= 0 do
      local bit = avail & -avail
      avail = avail ~ bit
      count = count + solve(cols | bit, ((ld | bit) << 1) & all, (rd | bit) >> 1)
    end
    return count
  end
  return solve(0, 0, 0)
end

print(queens(8), queens(11), queens(12), queensBits(12), queensBits(13))
