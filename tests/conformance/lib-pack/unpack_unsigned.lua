-- §6.4.2 unsigned values wrap to negative Lua integers at 8 bytes
print(string.unpack("<I8", string.rep("\255", 8)))
print(string.unpack("<I4", "\255\255\255\255"), string.unpack("<i4", "\255\255\255\255"))
print(string.unpack("<I1 i1", "\200\200"))
print(string.unpack(">I2", "\128\0"), string.unpack(">i2", "\128\0"))
