-- §6.4 %a with flags and precision
print(string.format("%+a|% a|%-12a|%012a", 1, 1, 1, 1))
print(string.format("%.1a %.2A %#a %#.0a", 1.5, 1.5, 1, 1))
print(string.format("%a %a", 2^1023, -2^-1022))
