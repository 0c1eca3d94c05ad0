-- §6.4.1 string.match captures
print(string.match("hello 123 world", "%d+"))
print(string.match("key=val", "(%w+)=(%w+)"))
print(string.match("2024-01-15", "(%d+)-(%d+)-(%d+)"))
print(string.match("  trim me  ", "^%s*(.-)%s*$") .. "|")
print(string.match("hello", "()ll()"))
print(string.match("abc", "x"), string.match("abc", ".-"), string.match("abc", ".*"))
print(string.match("[test]", "%[(.*)%]"), string.match("f(a(b)c)", "%b()"))
print(string.match("THE (quick) fox", "%f[%a]%a+"), string.match("hello", "(h)(e)(l)(l)(o)"))
