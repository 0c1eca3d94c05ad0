-- Lua 5.5's binary chunks: string.dump writes 5.5's header and each string once; load checks the header with
-- 5.5's messages
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local c = string.dump(function(a) local b = 3; return a + b * 3, "k" end)
print(hex(c:sub(1, 40)))
print(load(c)(1))
-- one wrong byte in each field of the header
for i = 2, 40 do
  local s = c:sub(1, i - 1) .. string.char((c:byte(i) + 1) % 256) .. c:sub(i + 1)
  local f, msg = load(s, "=bad")
  print(i, f, msg)
end
-- every truncation
local seen = {}
for i = 1, #c - 1 do
  local f, msg = load(c:sub(1, i))
  seen[msg] = (seen[msg] or 0) + 1
end
for msg, n in pairs(seen) do print(n == #c - 1, msg) end
print(load(c:sub(1, 20), "@file.luac"))

-- a string shared by several functions (constants, names, the source) is saved once, and loads back everywhere
local long = "|" .. string.rep("Y", 45) .. "|"
local src = string.format([[
  local s <const> = "%s"
  local %s = 1
  return function() return s, %s end, function() return s end, function() local %s = s; return %s end
]], long, "name_of_a_local", "name_of_a_local", "name_of_a_local", "name_of_a_local")
local d = string.dump(load(src))
print(select(2, d:gsub(long, "")), select(2, d:gsub("name_of_a_local", "")))
local f1, f2, f3 = load(d)()
print(f1(), f2() == long, f3() == long)
local stripped = string.dump(load(src), true)
print(select(2, stripped:gsub(long, "")), select(2, stripped:gsub("name_of_a_local", "")))
local g1, g2, g3 = load(stripped)()
print(g1(), g2() == long, g3() == long)
