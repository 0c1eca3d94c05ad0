local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local function encode(s)
  local out = {}
  for i = 1, #s, 3 do
    local a, b, c = s:byte(i, i + 2)
    local n = bit32.bor(bit32.lshift(a, 16), bit32.lshift(b or 0, 8), c or 0)
    for j = 0, 3 do
      if i + j - 1 <= #s then
        local idx = bit32.band(bit32.rshift(n, 18 - 6 * j), 63) + 1
        out[#out + 1] = chars:sub(idx, idx)
      else out[#out + 1] = "=" end
    end
  end
  return table.concat(out)
end
local function decode(s)
  local out = {}
  s = s:gsub("=", "")
  for i = 1, #s, 4 do
    local n, k = 0, 0
    for j = i, math.min(i + 3, #s) do
      n = bit32.bor(bit32.lshift(n, 6), chars:find(s:sub(j, j), 1, true) - 1)
      k = k + 1
    end
    n = bit32.lshift(n, 6 * (4 - k))
    for j = 1, k - 1 do out[#out + 1] = string.char(bit32.extract(n, 24 - 8 * j, 8)) end
  end
  return table.concat(out)
end
for _, s in ipairs({"", "f", "fo", "foo", "foob", "fooba", "foobar", "Lua 5.2\0!"}) do
  local e = encode(s)
  print(e, decode(e) == s)
end
