-- §6.4.1 find init beyond the subject
print(string.find("abc", "", 3), string.find("abc", "", 4), string.find("abc", "", 5))
print(string.find("abc", "b", 0), string.find("abc", "b", -1), string.find("abc", "b", -2))
print(string.find("abc", "^b", 2), string.find("abc", "^a", 2))
print(string.find("", ""), string.find("", "", 1), string.find("", "", 2))
print(string.find("abc", ".", math.mininteger), string.find("abc", ".", math.maxinteger))
print(pcall(string.find, "abc", "b", 1.5))
print(pcall(string.find, "abc"))
print(pcall(string.find, nil, "x"))
