-- §3.4.2 a 32-bit FNV-1a hash with bitwise operators
local function fnv1a(s)
  local h = 0x811c9dc5
  for i = 1, #s do
    h = h ~ s:byte(i)
    h = (h * 0x01000193) & 0xffffffff
  end
  return h
end
for _, s in ipairs({"", "a", "hello", "The quick brown fox"}) do print(string.format("%08x", fnv1a(s))) end
