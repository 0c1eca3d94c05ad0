-- §6.1 tonumber and tostring round-trips
for _, s in ipairs({"10", "10.0", "  0x1p4  ", "1e1", "-0x10", "0x.8", "1 2", "", "inf", "nan", "0x", ".5", "5.", "1e+", "- 1"}) do
  print(string.format("%q", s), tonumber(s), math.type(tonumber(s)))
end
print(tonumber(12), tonumber(1.5), tonumber(nil))
print(tostring(12) .. "|" .. tostring(1.5) .. "|" .. tostring(-0.0))
