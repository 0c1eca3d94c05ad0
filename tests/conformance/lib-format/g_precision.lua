-- §6.4 %g precision and trailing zeros
for _, p in ipairs({0, 1, 2, 6, 10, 17}) do
  local f = "%." .. p .. "g"
  print(f, string.format(f, 123.456), string.format(f, 0.0001234), string.format(f, 1e20), string.format(f, 100))
end
print(string.format("%#.3g %#g", 1, 0.5))
