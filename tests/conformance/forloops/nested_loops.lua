-- §3.3.5 nested loops
local out = {}
for i = 1, 4 do
  for j = i, 4 do
    out[#out + 1] = i * j
  end
end
print(table.concat(out, " "))
local c = 0
for a = 1, 20 do for b = 1, 20 do for d = 1, 20 do c = c + 1 end end end
print(c)
