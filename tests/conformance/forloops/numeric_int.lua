-- §3.3.5 integer numeric for
for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 0 do io.write("never") end print("empty")
for i = 1, 10, 4 do io.write(i, " ") end print()
for i = -5, -1, 2 do io.write(i, " ") end print()
print(pcall(function() for i = 1, 10, 0 do end end))
