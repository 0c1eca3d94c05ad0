-- §6.4.1 *, +, -, ? quantifiers and anchors
print(("aaab"):match("a*"), ("aaab"):match("a-b"), ("aaab"):match("a+b"), ("b"):match("a?b"))
print(("<a><b>"):match("<.*>"), ("<a><b>"):match("<.->"))
print(("hello"):match("^h"), ("hello"):match("^e"), ("hello"):match("o$"), ("a$"):match("%$"))
print(("abc"):find("b*"), ("abc"):match("^(a?)(b?)(x?)c"))
print(("  x"):match("^%s*()"), ("aaa"):gsub("a-", "-"))
