-- §6.5 combining string functions with utf8
local s = "naïve café"
local t = {}
for _, c in utf8.codes(s) do t[#t + 1] = c end
print(#t, utf8.char(table.unpack(t)) == s)
print(s:sub(utf8.offset(s, 3), utf8.offset(s, 4) - 1))
print(utf8.len(s), #s, s:upper())
local rev = {}
for _, c in utf8.codes(s) do table.insert(rev, 1, utf8.char(c)) end
print(table.concat(rev))
