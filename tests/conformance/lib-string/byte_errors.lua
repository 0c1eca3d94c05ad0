-- §6.4 string.byte argument checks
print(pcall(string.byte))
print(pcall(string.byte, {}))
print(pcall(string.byte, "abc", "x"))
print(pcall(string.byte, "abc", 1.5))
print(pcall(string.byte, "abc", 1, {}))
print(string.byte("abc", "2"), string.byte("abc", 2.0))
print(string.byte(123, 2))
