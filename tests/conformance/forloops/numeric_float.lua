-- §3.3.5 float loops: the control variable is a float if start or step is
for i = 1.0, 3 do io.write(tostring(i), " ") end print()
for i = 1, 2, 0.5 do io.write(tostring(i), " ") end print()
for i = 0.1, 0.5, 0.1 do io.write(string.format("%.1f", i), " ") end print()
for i = 1, 3.5 do io.write(math.type(i), " ") end print()
for i = 3, 1.5, -0.5 do io.write(tostring(i), " ") end print()
print(pcall(function() for i = 1, 2, 0.0 do end end))
