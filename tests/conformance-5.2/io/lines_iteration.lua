local count, first = 0, nil
for line in io.lines("lines_iteration.lua") do
  count = count + 1
  first = first or line
end
print(count, first)
local f = io.open("lines_iteration.lua")
local a, b = f:read("*l", "*l")
print(a, b)
print(f:read(0))
f:close()
print(pcall(function() for l in io.lines() do end end))
