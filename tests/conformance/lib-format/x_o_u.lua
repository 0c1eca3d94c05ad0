-- §6.4 %x %X %o %u on integers
for _, v in ipairs({0, 1, 255, -1, math.maxinteger, math.mininteger}) do
  print(string.format("%x %X %o %#x %#X %#o %08x %-8X| %.4x", v, v, v, v, v, v, v, v, v))
end
print(string.format("%#x %#o", 0, 0))
print(string.format("%u", 42))
