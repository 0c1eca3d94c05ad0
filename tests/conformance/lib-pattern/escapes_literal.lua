-- §6.4.1 %x for non-alphanumeric x is the literal character
print(("a.b"):find("%."), ("a%b"):find("%%"), ("a-b"):find("%-"), ("a]b"):find("%]"))
print(("(x)"):match("%((%a)%)"), ("a+b"):match("%+"), ("a^b"):match("%^"), ("$"):match("%$"))
print(("a*b?c"):gsub("[%*%?]", "_"))
print(("1\0002"):find("%z"), ("1\0002"):find("\0", 1, true), ("1\0002"):find("%\0"))
