-- §6.4 byte/char on every byte value
local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = i end
local s = string.char(table.unpack(bytes))
local back = {s:byte(1, -1)}
local ok = #back == 256
for i = 1, 256 do if back[i] ~= i - 1 then ok = false end end
print(ok, #s)
