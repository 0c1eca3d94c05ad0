-- §3.4.2 shift edge cases
for _, n in ipairs({0, 1, 31, 32, 62, 63, 64, 65, -1, -63, -64, -100, 100}) do
  io.write(n, ":", 1 << n, ",", math.mininteger >> n, " ")
end
print()
print(5 ~ 3, 5 & 3, 5 | 3, ~5, 0xF0 >> 4, "1" .. (1 << 2))
