-- §6.5 utf8.codes
for p, c in utf8.codes("aé€😀") do io.write(p, ":", c, " ") end print()
for p, c in utf8.codes("") do io.write("never") end print("empty")
print(pcall(function() for p, c in utf8.codes("ab\xffcd") do io.write(p, " ") end end))
print(pcall(function() for p, c in utf8.codes("a\x80") do io.write(p, " ") end end))
print(pcall(function() for p, c in utf8.codes("\xED\xA0\x80") do end end))
for p, c in utf8.codes("\xED\xA0\x80", true) do io.write(p, ":", c, " ") end print()
print(pcall(utf8.codes))
print(pcall(function() local f, s, i = utf8.codes(5) return type(f), s, i end))
