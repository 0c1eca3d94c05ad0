-- §6.5 walk a string with utf8.offset forwards and backwards
local s = "añ€😀b"
local n = utf8.len(s)
local fw, bw = {}, {}
for i = 1, n do fw[#fw + 1] = utf8.offset(s, i) end
for i = 1, n do bw[#bw + 1] = utf8.offset(s, -i) end
print(table.concat(fw, ","), table.concat(bw, ","))
print(utf8.offset(s, n + 1), utf8.offset(s, n + 2), utf8.offset(s, -n - 1))
