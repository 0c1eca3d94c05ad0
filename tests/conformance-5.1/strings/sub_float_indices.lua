print(("hello"):sub(2.0, 4.0), ("hello"):sub("2", "3"))
print(pcall(string.sub, "hello", 1.5))
print(("hello"):byte(1.0), pcall(string.byte, "hello", 1.5))
print(pcall(string.rep, "x", 2.5))
