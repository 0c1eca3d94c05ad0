-- §3.3.4 the "continue" idiom in while and repeat
local i = 0
while i < 6 do
  i = i + 1
  if i % 2 == 0 then goto cont end
  io.write(i, " ")
  ::cont::
end
print()
local k = 0
repeat
  k = k + 1
  if k == 2 then goto next end
  io.write(k, " ")
  ::next::
until k >= 4
print()
