-- §6.5 utf8.charpattern
print(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*")
local n = 0
for c in ("aé€😀"):gmatch(utf8.charpattern) do n = n + 1 io.write(#c, " ") end
print(n)
