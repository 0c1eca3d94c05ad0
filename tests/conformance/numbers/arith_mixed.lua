-- §3.4.1 mixing integers and floats converts to float
local vals = {3, 3.0, -2, 0.5}
for _, a in ipairs(vals) do
  for _, b in ipairs(vals) do
    io.write(string.format("%s+%s=%s %s*%s=%s %s-%s=%s; ", a, b, a + b, a, b, a * b, a, b, a - b))
  end
  print()
end
