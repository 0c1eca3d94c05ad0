-- §6.10 debug.getlocal and debug.setlocal
local function f(a, b)
  local c = a + b
  print(debug.getlocal(1, 1), debug.getlocal(1, 2), debug.getlocal(1, 3))
  print(debug.setlocal(1, 3, 100), c)
  print(debug.setlocal(1, 10, 1), debug.getlocal(1, 10))
  return c
end
print(f(1, 2))
print(pcall(debug.setlocal, 100, 1, 1))
print(pcall(debug.setlocal, 1, 1))
local function va(...)
  print(debug.getlocal(1, -1), debug.getlocal(1, -2), debug.getlocal(1, -3))
  print(debug.setlocal(1, -1, "changed"), ...)
end
va("x", "y")
print(debug.getlocal(print, 1), debug.getlocal(f, 1), debug.getlocal(f, 2), debug.getlocal(f, 3))
