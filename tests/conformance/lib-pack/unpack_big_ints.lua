-- §6.4.2 unpacking sizes beyond 8 bytes checks the extra bytes
print(pcall(string.unpack, "<i9", string.rep("\255", 9)))
print(pcall(string.unpack, "<i9", "\0\0\0\0\0\0\0\0\1"))
print(pcall(string.unpack, "<I9", "\1\0\0\0\0\0\0\0\0"))
print(pcall(string.unpack, ">i12", "\0\0\0\0" .. "\0\0\0\0\0\0\0\5"))
print(pcall(string.unpack, "<i16", string.pack("<i8", -1) .. string.rep("\0", 8)))
print(string.unpack("<i9", string.pack("<i9", math.mininteger)))
