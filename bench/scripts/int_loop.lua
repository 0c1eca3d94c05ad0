-- Integer loop with bitwise and modulo arithmetic.
local acc = 0
for i = 1, 80000000 do acc = (acc + (i ~ (i >> 3))) % 1000000007 end
print(acc)
