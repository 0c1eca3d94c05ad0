-- §6.4.1 position captures
print(("hello"):find("()ll()"))
print(("hello"):match("()"), ("hello"):match("()", 6), ("hello"):match("()$"))
print(("abc"):gsub("()", "%1"))
print(("aXbXc"):gsub("()X()", "[%1,%2]"))
print(string.find("abc", "(()b())"))
print(math.type(("x"):match("()")))
