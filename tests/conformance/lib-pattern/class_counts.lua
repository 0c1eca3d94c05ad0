-- §6.4.1 every character class, counted over all 256 bytes
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local all = table.concat(t)
for _, c in ipairs({"a", "c", "d", "g", "l", "p", "s", "u", "w", "x", "A", "C", "D", "G", "L", "P", "S", "U", "W", "X"}) do
  local _, n = all:gsub("%" .. c, "")
  io.write(c, "=", n, " ")
end
print()
local _, n = all:gsub(".", "") print(".=" .. n)
