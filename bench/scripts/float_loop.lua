-- Numeric float loop: arithmetic fast paths and FORLOOP.
local sum = 0.0
for i = 1, 100000000 do sum = sum + i * 0.5 / 3.0 end
print(string.format("%.6f", sum))
