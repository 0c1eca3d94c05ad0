-- §6.4 byte-level operations round-trip all 256 values
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local s = table.concat(t)
print(#s, s:byte(1), s:byte(-1), s:reverse():byte(1))
local ok = true
for i = 1, 256 do if s:byte(i) ~= i - 1 then ok = false end end
print(ok, s:upper():byte(98), s:lower():byte(66), s:upper():byte(225), s:lower():byte(193))
print(#s:gsub("%c", ""), #s:gsub("%p", ""), #s:gsub("%w", ""), #s:gsub("%s", ""))
