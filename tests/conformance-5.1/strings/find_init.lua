print(("hello"):find("l", 10), ("hello"):find("", 10), ("hello"):find("", 6), ("hello"):find("", 5))
print(("hello"):find("h", -10), ("hello"):match(".", -1), ("hello"):match("()", 10))
print(("hello"):gmatch("l")(), ("abc"):find("b", 0))
