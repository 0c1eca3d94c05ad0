-- §6.4 missing arguments to string.format
print(pcall(string.format, "%d %d", 1))
print(string.format("%s %s", 1, 2, 3))
print(pcall(string.format, "%d", "x"))
print(string.format("%d", "10"))
