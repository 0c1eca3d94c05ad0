-- §6.4 misc: string.len, rep with big counts is fine when small result
print(string.len("abc"), #string.rep("", 1000000), string.rep("ab", 3, ""))
print(("%a"):len(), ("test"):upper():lower())
print(tostring(string.format) == tostring(string.format), type(string))
