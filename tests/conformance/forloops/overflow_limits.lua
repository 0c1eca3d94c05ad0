-- §3.3.5 loops near the integer limits do not overflow
local n = 0
for i = math.maxinteger - 2, math.maxinteger do n = n + 1 end
print(n)
n = 0
for i = math.mininteger, math.mininteger + 2 do n = n + 1 end
print(n)
n = 0
for i = math.mininteger + 2, math.mininteger, -1 do n = n + 1 end
print(n)
for i = 1, math.huge do if i > 3 then break end io.write(i, " ") end print()
for i = math.maxinteger - 1, 1e100 do io.write(i, " ") if i == math.maxinteger then break end end print()
n = 0
for i = 1, 0.5 do n = n + 1 end
print(n)
for i = 1, math.maxinteger, math.maxinteger // 2 do io.write(i, " ") end print()
