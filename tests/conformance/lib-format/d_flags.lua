-- §6.4 string.format %d with flags, width, precision
for _, f in ipairs({"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+5d", "%-+5d|", "%.3d", "%8.3d", "%-8.3d|", "%08d", "%.0d", "%+.0d"}) do
  io.write(f, "=[", string.format(f, 42), "][", string.format(f, -42), "][", string.format(f, 0), "] ")
end
print()
print(string.format("%d %d", math.maxinteger, math.mininteger))
print(string.format("%i|%5i|%-5i|", 3, 4, 5))
