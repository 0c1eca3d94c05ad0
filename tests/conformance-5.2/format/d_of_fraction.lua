print(pcall(string.format, "%d", 3.5))
print(pcall(string.format, "%x", -1))
print(string.format("%5.2f|%-8.3f|", 1/3, 2/3))
print(string.format("%i", 7))
