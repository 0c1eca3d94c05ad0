-- §6.4 string.len, lower, upper, reverse
print(string.len(""), string.len("abc"), #"a\0b", ("\0\0"):len())
print(string.lower("HeLLo 123 ÀB"), string.upper("hello, World! ß"))
print(string.reverse("abc"), string.reverse(""), ("a\0b"):reverse() == "b\0a")
print(string.len(123), string.upper(1.5), string.reverse(10))
print(pcall(string.len))
print(pcall(string.upper, nil))
print(pcall(string.lower, {}))
print(pcall(string.reverse, true))
