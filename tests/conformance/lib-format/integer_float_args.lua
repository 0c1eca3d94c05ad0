-- §6.4 numeric conversion of arguments
print(string.format("%x", 255.0), string.format("%5.1f", 3), string.format("%g", 10), string.format("%e", "1e2"))
print(pcall(string.format, "%x", 1.5))
print(pcall(string.format, "%f", "abc"))
print(pcall(string.format, "%f", {}))
print(string.format("%.3f", 2^63), string.format("%.0f", -2^63))
