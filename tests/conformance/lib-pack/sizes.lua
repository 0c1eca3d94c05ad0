-- §6.4.2 string.packsize
for _, f in ipairs({"b", "B", "h", "H", "i", "I", "l", "L", "j", "J", "T", "f", "d", "n", "i1", "i2", "i7", "i16", "c10", "!8 b d", "b i4", "!4 b i8", "<!2 b h b", "x", "xx", "bXh", ""}) do
  io.write(f, "=", string.packsize(f), " ")
end
print()
print(pcall(string.packsize, "!8 i3 Xi8"))
print(pcall(string.packsize, "s"))
print(pcall(string.packsize, "z"))
print(pcall(string.packsize, "i17"))
print(pcall(string.packsize, "i0"))
print(pcall(string.packsize, "c"))
