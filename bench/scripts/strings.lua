-- String building: concatenation, table.concat and string.format.
for _ = 1, 3 do
  local parts = {}
  for i = 1, 200000 do parts[#parts + 1] = string.format("%d:%s", i, tostring(i * 2)) end
  local s = table.concat(parts, ",")
  local acc = ""
  for i = 1, 20000 do acc = acc .. (i % 10) end
  print(#s, #acc, s:sub(1, 20))
end
