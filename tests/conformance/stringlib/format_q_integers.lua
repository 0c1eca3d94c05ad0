-- §6.4 %q of integers and floats uses loadable forms
for _, v in ipairs({0, -1, 255, math.maxinteger, math.mininteger, 0.5, -2.25, 1e100, 2^63}) do
  local q = string.format("%q", v)
  print(q, load("return " .. q)() == v)
end
