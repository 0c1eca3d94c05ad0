-- §6.4 %c
print(string.format("%c%c%c", 76, 117, 97), string.format("%c", 0):byte(), #string.format("%c", 0))
print(string.format("[%5c][%-5c]", 65, 66))
print(string.format("%c", 255):byte(), string.format("%c", "65"))
print(pcall(string.format, "%c", 1.5))
print(pcall(string.format, "%c"))
print(string.format("%c", 256):byte(), string.format("%c", -1):byte())
