-- String building: `..` in loops (short accumulators, multi-operand lines) and table.concat of many pieces.
local checksum = 0
local function mix(s)
  -- cheap hash of a few bytes and the length, so the output depends on the content
  checksum = (checksum * 31 + #s + s:byte(1) + s:byte(#s) + s:byte((#s + 1) // 2)) % 1000000007
end

for round = 1, 50 do
  -- 1. `..` accumulation, reset every 200 pieces (keeps each string short, as a line buffer does)
  local acc, lines = "", 0
  for i = 1, 20000 do
    acc = acc .. "k" .. i .. "=" .. (i * round) .. ";"
    if i % 200 == 0 then mix(acc); acc = ""; lines = lines + 1 end
  end
  -- 2. pieces into a table, joined with table.concat (with and without separator)
  local parts = {}
  for i = 1, 20000 do parts[#parts + 1] = "item" .. i end
  local joined = table.concat(parts, ", ")
  mix(joined)
  local rows = {}
  for r = 1, 200 do
    local cells = {}
    for c = 1, 10 do cells[c] = r * c end
    rows[r] = "<tr><td>" .. table.concat(cells, "</td><td>") .. "</td></tr>"
  end
  mix(table.concat(rows))
  -- 3. a single expression with many operands (one CONCAT instruction)
  for i = 1, 5000 do
    local s = "(" .. i .. "," .. (i + 1) .. "," .. (i + 2) .. "," .. (i + 3) .. ")" .. lines
    if i % 500 == 0 then mix(s) end
  end
end
print(checksum)
