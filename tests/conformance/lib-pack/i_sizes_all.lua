-- §6.4.2 every integer size from 1 to 16 round-trips -1 and 1
for n = 1, 16 do
  local a = string.unpack("<i" .. n, string.pack("<i" .. n, -1))
  local b = string.unpack(">i" .. n, string.pack(">i" .. n, 1))
  local c = string.unpack("<I" .. n, string.pack("<I" .. n, 100))
  io.write(n, ":", a, ",", b, ",", c, " ")
end
print()
for n = 1, 7 do
  local max = (1 << (8 * n - 1)) - 1
  io.write(string.unpack("<i" .. n, string.pack("<i" .. n, max)) == max and "y" or "n")
  io.write(pcall(string.pack, "<i" .. n, max + 1) and "Y" or "N")
end
print()
