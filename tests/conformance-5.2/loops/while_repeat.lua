local i = 0
while i < 5 do i = i + 1; if i == 3 then break end end
print(i)
local n = 0
repeat local stop = n >= 3; n = n + 1 until stop
print(n)
local out = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j > i then break end
    out[#out + 1] = i .. j
  end
end
print(table.concat(out, " "))
local k = 10
repeat k = k - 3 until k < 0
print(k)
