local out = {}
local i = 0
while i < 6 do
  i = i + 1
  if i % 2 == 0 then goto continue end
  out[#out + 1] = i
  ::continue::
end
print(table.concat(out, ","))
out = {}
local j = 0
repeat
  j = j + 1
  if j == 2 then goto next end
  out[#out + 1] = j
  ::next::
until j >= 4
print(table.concat(out, ","))
for a = 1, 3 do
  for b = 1, 3 do
    if a * b == 4 then goto done end
  end
end
::done::
print("escaped nested loops")
do
  local k = 0
  ::loop::
  k = k + 1
  if k < 3 then goto loop end
  print("k", k)
end
