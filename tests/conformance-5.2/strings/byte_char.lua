local s = "\0\1\127\128\255"
print(#s, s:byte(1, -1))
print(string.char(s:byte(1, -1)) == s)
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(("abc"):byte(10), ("abc"):byte(0))
