local N = 6
local solutions, first = 0, nil
local cols = {}
local function ok(row, col)
  for r = 1, row - 1 do
    local c = cols[r]
    if c == col or math.abs(c - col) == row - r then return false end
  end
  return true
end
local function place(row)
  if row > N then
    solutions = solutions + 1
    if not first then first = table.concat(cols, " ") end
    return
  end
  for c = 1, N do
    if ok(row, c) then cols[row] = c; place(row + 1) end
  end
end
place(1)
print(solutions, first)
