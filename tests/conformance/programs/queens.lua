-- §3.3 eight queens by backtracking (recursion, closures)
local N = 8
local solutions, first = 0, nil
local cols, d1, d2, placed = {}, {}, {}, {}
local function place(r)
  if r > N then
    solutions = solutions + 1
    if not first then first = table.concat(placed, "") end
    return
  end
  for c = 1, N do
    if not cols[c] and not d1[r + c] and not d2[r - c + N] then
      cols[c], d1[r + c], d2[r - c + N], placed[r] = true, true, true, c
      place(r + 1)
      cols[c], d1[r + c], d2[r - c + N] = false, false, false
    end
  end
end
place(1)
print(solutions, first)
