-- §6.4 invalid format specifications
print(pcall(string.format, "%y", 1))
print(pcall(string.format, "%", 1))
print(pcall(string.format, "%10.123f", 1))
print(pcall(string.format, "%d", 1.5))
print(pcall(string.format, "%d"))
print(pcall(string.format, "%s"))
print(pcall(string.format, "%c", "x"))
