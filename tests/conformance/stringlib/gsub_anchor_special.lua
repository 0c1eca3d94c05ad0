-- §6.4.1 anchored gsub and special replacement characters
print(("hello hello"):gsub("^hello", "X"))
print(("abc"):gsub(".", {a = 1, b = false}))
print(pcall(string.gsub, "abc", ".", {a = {}}))
print(("abc"):gsub("", ""))
print(("x y z"):gsub("%s", "%%"))
print(("abc"):gsub("b", "%0%0%0"))
