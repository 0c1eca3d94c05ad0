-- §6.4.2 floats f, d, n
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("<f", 1.5)), hex(string.pack(">d", -2.25)), hex(string.pack("<n", 0.1)))
print(string.unpack("<f", string.pack("<f", 0.1)), string.unpack("<d", string.pack("<d", 0.1)))
print(string.unpack("<d", string.pack("<d", math.huge)), string.unpack("<f", string.pack("<f", -math.huge)))
print(string.unpack("<d", string.pack("<d", 3)), math.type(string.unpack("<d", string.pack("<d", 3))))
print(pcall(string.pack, "d", "x"))
print(string.pack("d", "1.5") == string.pack("d", 1.5))
print(string.unpack("<f", string.pack("<f", 1e300)))
