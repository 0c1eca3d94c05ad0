local numerals = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
  {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}
local function to_roman(n)
  if n <= 0 or n >= 4000 or n ~= math.floor(n) then return nil, "out of range: " .. n end
  local out = {}
  for _, p in ipairs(numerals) do
    while n >= p[1] do out[#out + 1] = p[2]; n = n - p[1] end
  end
  return table.concat(out)
end
local values = {I = 1, V = 5, X = 10, L = 50, C = 100, D = 500, M = 1000}
local function from_roman(s)
  local total, prev = 0, 0
  for i = #s, 1, -1 do
    local v = values[s:sub(i, i)]
    if not v then return nil, "bad digit " .. s:sub(i, i) end
    if v < prev then total = total - v else total = total + v; prev = v end
  end
  return total
end
for _, n in ipairs({1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999}) do
  local r = to_roman(n)
  io.write(n, "=", r, "=", from_roman(r), " ")
end
print()
print(to_roman(0), to_roman(4000), to_roman(1.5))
print(from_roman("MCMXCIV"), from_roman("ABC"))
