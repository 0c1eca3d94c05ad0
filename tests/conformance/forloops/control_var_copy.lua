-- §3.3.5 modifying the control variable does not change the iteration
for i = 1, 3 do
  local j = i
  i = i * 10
  io.write(j, ">", i, " ")
end
print()
local t = {}
for i = 1, 3 do t[#t + 1] = i end
print(#t)
