-- §6.4.1 malformed sets
print(pcall(string.find, "a", "[a"))
print(pcall(string.find, "a", "[a-"))
print(pcall(string.find, "a", "[^"))
print(pcall(string.find, "a", "[%"))
print(pcall(string.find, "a", "[]"))
print(pcall(string.find, "a", "[^]"))
print(pcall(string.find, "a", "%"))
print(pcall(string.find, "a", "a%"))
