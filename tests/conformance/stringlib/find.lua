-- §6.4.1 string.find with patterns, init and plain
print(string.find("hello world", "o"), string.find("hello world", "o", 6))
print(string.find("hello world", "l+"), string.find("hello", "xyz"))
print(string.find("a.b", ".", 1, true), string.find("a.b", "%."))
print(string.find("hello", ""), string.find("hello", "", 10), string.find("hello", "", 6))
print(string.find("hello", "(l)(l)"), string.find("key = value", "(%w+)%s*=%s*(%w+)"))
print(string.find("abc", "b", -1), string.find("abc", "b", -2), string.find("abc", "^b"))
print(string.find("a+b", "+", 1, true), string.find("x", "()"))
