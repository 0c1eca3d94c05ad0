-- §6.4.1 string.match returns captures or the whole match
print(string.match("hello 123 world", "%d+"), string.match("hello", "(h)(e)"))
print(string.match("hello", "xyz"), string.match("hello", "()ll()"))
print(string.match("key=val", "(%w+)=(%w+)"))
print(string.match("  trim  ", "^%s*(.-)%s*$") .. "|")
print(string.match("hello", ".", 3), string.match("hello", ".", -1), string.match("hello", "^.", 3))
print(string.match("hello", "", 10), string.match("hello", "()", 6))
print(string.match("2024-01-15", "(%d+)-(%d+)-(%d+)"))
print(math.type(string.match("x", "()")))
