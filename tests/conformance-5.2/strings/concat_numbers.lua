print(1 .. "", 1.0 .. "", -0.0 .. "", 1e100 .. "", 2^63 .. "")
print(0.1 .. "|" .. 1/3)
local parts = {}
for i = 1, 5 do parts[#parts + 1] = i / 2 end
print(table.concat(parts, ","))
print(table.concat({1, 2.5, "x"}, "-"))
