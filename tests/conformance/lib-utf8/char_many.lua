-- §6.5 utf8.char with many arguments and codes round-trip
local cps = {}
for i = 1, 200 do cps[i] = i * 331 % 0x10FFFF end
local s = utf8.char(table.unpack(cps))
local back = {utf8.codepoint(s, 1, -1, true)}
local ok = #back == #cps
for i = 1, #cps do if back[i] ~= cps[i] then ok = false end end
print(ok, utf8.len(s), utf8.len(s, 1, -1, true), #s)
print(pcall(utf8.codepoint, s, 1, -1))
