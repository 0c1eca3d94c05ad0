-- §6.5 lax mode accepts surrogates and codes up to 2^31
local big = utf8.char(0x7FFFFFFF)
print(#big, utf8.len(big), utf8.len(big, 1, -1, true), utf8.codepoint(big, 1, 1, true))
print(pcall(utf8.codepoint, big))
local s = utf8.char(0x110000)
print(utf8.len(s), utf8.len(s, 1, -1, true), utf8.codepoint(s, 1, 1, true))
print(pcall(utf8.codepoint, s, 1, 1, false))
for p, c in utf8.codes(s, true) do io.write(p, ":", c, " ") end print()
print(pcall(function() for _ in utf8.codes(s) do end end))
