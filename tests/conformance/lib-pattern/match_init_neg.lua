-- §6.4.1 match/find init arithmetic
print(("hello"):match("l+", 4), ("hello"):match("l+", -2), ("hello"):match("l+", -10))
print(("hello"):find("o", 5), ("hello"):find("o", 6), ("hello"):find("", 6), ("hello"):find("", 7))
print(("hello"):match(".", 0), ("hello"):match("(.)", -1))
print(("hello"):find("h", 1.0), pcall(string.match, "hello", "h", "x"))
