-- §6.6 pack/unpack round trips with nils
local function roundtrip(...)
  local p = table.pack(...)
  return select("#", table.unpack(p, 1, p.n)), table.unpack(p, 1, p.n)
end
print(roundtrip())
print(roundtrip(nil))
print(roundtrip(1, nil, nil))
print(roundtrip(nil, nil, 3))
