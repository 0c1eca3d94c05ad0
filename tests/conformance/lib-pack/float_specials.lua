-- §6.4.2 packing special floats
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack(">d", math.huge)), hex(string.pack(">d", -math.huge)), hex(string.pack(">d", -0.0)))
print(hex(string.pack(">f", 1/3)), hex(string.pack(">f", 2^-149)), hex(string.pack(">f", 2^200)))
local nan = string.unpack("<d", string.pack("<d", 0/0))
print(nan ~= nan)
print(string.unpack(">f", "\x7f\x80\x00\x00"), string.unpack(">f", "\x00\x00\x00\x01"))
