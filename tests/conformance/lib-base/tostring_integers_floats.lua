-- §6.1 tostring distinguishes integers and floats
for _, v in ipairs({0, 0.0, -0.0, 1e15, 1e16, 123456789012345678, 2^24, 2^63, -2^63, 1e-5, 123.456, 5e-324, 1.7976931348623157e308}) do
  io.write(tostring(v), " ")
end
print()
