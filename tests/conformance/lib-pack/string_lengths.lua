-- §6.4.2 s with each length size
for _, n in ipairs({1, 2, 4, 8}) do
  local p = string.pack("<s" .. n, "hey")
  io.write(#p, ":", select(1, string.unpack("<s" .. n, p)), " ")
end
print()
print(pcall(string.pack, "s0", "x"))
print(pcall(string.pack, "s17", "x"))
