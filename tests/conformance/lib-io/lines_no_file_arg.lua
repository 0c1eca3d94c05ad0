-- §6.8 io.lines() with no file name reads the default input (empty stdin)
local n = 0
for l in io.lines() do n = n + 1 end
print(n)
print(io.read("l"), io.read("n"), io.read(1), io.read("a"))
