-- A call spanning lines is reported at the line where its arguments start (lparser.c 5.4.8 funcargs), both in
-- runtime errors and in the "')' expected (to close '(' at line N)" syntax error. Found by tests/difffuzz.
local f = nil
print(pcall(function ()
  return print
    ("a")
    (1)
end))
print(pcall(function ()
  local t = {}
  return t
    :m()
end))
print(pcall(function ()
  return f
  {}
end))
print(load("return print\n(\n1"))
print(pcall(function () local g; g
  "x" end))
