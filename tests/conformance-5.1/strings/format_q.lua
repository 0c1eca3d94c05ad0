print(string.format("%q", "a\rb\0c\1d\255e\\\"\n"))
print(string.format("%q", 1/3))
print(pcall(string.format, "%q", {}))
print(string.format("%q", "\0001"))
