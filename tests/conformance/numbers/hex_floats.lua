-- §3.1 hexadecimal floats and their formatting with %a
print(0x1p0, 0x1p1, 0x1p-1, 0x.1, 0xA.8p0, 0x1P+4)
print(string.format("%a", 1.0), string.format("%a", 0.5), string.format("%A", 255.5))
print(tonumber("0x1.8p1"), tonumber("0X1P-2"))
