-- §6.1 truncated and corrupted binary chunks give errors
local d = string.dump(function(a) return a * 2 end)
for _, n in ipairs({1, 4, 5, 6, 10, 20, 30, -2}) do
  print(n, load(d:sub(1, n), "trunc"))
end
print(load("\27Lux", "bad"))
print(load("\27", "esc"))
print(load("\27Lua\x53", "ver"))
print(load("\27Lua\x54\1", "fmt"))
-- (the format byte is built from a real dump: Tycho's binary chunks deliberately use their own format byte)
print(load(d:sub(1, 12) .. "X", "data"))
print(load(d:sub(1, 6) .. "\x19\x93\n\n\x1a\n", "text-mode damage"))
print(load(d:sub(1, 12) .. "\0" .. d:sub(14), "chg"))
