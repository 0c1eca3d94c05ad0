-- §6.4 %q on numbers, booleans and nil
print(string.format("%q %q %q %q", 1, -1, 0, 1.5))
print(string.format("%q", math.mininteger), string.format("%q", math.maxinteger))
print(string.format("%q %q %q", math.huge, -math.huge, 0/0))
print(string.format("%q %q", 2^63, -0.0))
print(string.format("%q %q", 0.1, 1e100))
print(string.format("%q %q %q", true, false, nil))
print(pcall(string.format, "%q", {}))
print(pcall(string.format, "%q", print))
print(pcall(string.format, "%10q", "x"))
print(pcall(string.format, "%-q", "x"))
for _, v in ipairs({1/3, -2.5e-300, 123456789012345, 3.0}) do
  print(load("return " .. string.format("%q", v))() == v, math.type(load("return " .. string.format("%q", v))()))
end
