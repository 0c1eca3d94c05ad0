-- §6.4.2 integer formats with endianness
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("<i4", 1)), hex(string.pack(">i4", 1)), hex(string.pack("=i4", 1) ) == hex(string.pack("<i4", 1)))
print(hex(string.pack("<i2", -2)), hex(string.pack(">I2", 65535)), hex(string.pack("<i8", math.mininteger)))
print(hex(string.pack("<b B h H", -1, 255, -1, 65535)))
print(hex(string.pack("<i3", 0x123456)), hex(string.pack(">i3", -1)))
print(string.unpack("<i4", string.pack("<i4", -123456)), string.unpack(">I3", "\1\2\3"))
print(string.unpack("<i16", string.pack("<i16", -3)), string.unpack(">i16", string.pack(">i16", 7)))
print(string.unpack("<I16", string.pack("<I16", 12345)))
