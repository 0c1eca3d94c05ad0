local function fnv1a(s)
  local h = 2166136261
  for i = 1, #s do
    h = bit32.bxor(h, s:byte(i))
    h = (h * 16777619) % 2^32
  end
  return h
end
print(fnv1a(""), fnv1a("a"), fnv1a("hello"))
local function crc32(s)
  local crc = 0xFFFFFFFF
  for i = 1, #s do
    crc = bit32.bxor(crc, s:byte(i))
    for _ = 1, 8 do
      local mask = -bit32.band(crc, 1)
      crc = bit32.bxor(bit32.rshift(crc, 1), bit32.band(0xEDB88320, mask))
    end
  end
  return bit32.bnot(crc)
end
print(crc32("The quick brown fox jumps over the lazy dog"), string.format("%08x", crc32("123456789")))
