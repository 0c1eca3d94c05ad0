-- Lua 5.3's binary chunks: string.dump writes 5.3's header, load checks it with 5.3's messages
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local c = string.dump(function(a) local b = 3; return a + b * 3, "k" end)
print(hex(c:sub(1, 33)))
print(load(c)(1))
-- one wrong byte in each field of the header
for i = 2, 33 do
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
-- a binary chunk is refused by mode "t", and a text chunk by mode "b"
print(load(c, "x", "t"))
print(load("return 1", "x", "b"))
