-- §6.4 float indices with integral values are accepted
print(("hello"):sub(2.0, 3.0), ("hello"):byte(1.0), ("hello"):find("l", 1.0), ("ab"):rep(2.0))
print(pcall(string.sub, "hello", 2.5))
print(pcall(string.byte, "hello", "x"))
print(pcall(string.find, "hello", "l", "1.5"))
print(("hello"):sub("2", "3"), ("hello"):byte("1"))
