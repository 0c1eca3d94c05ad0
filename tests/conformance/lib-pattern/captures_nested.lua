-- §6.4.1 nested captures are numbered by their left parenthesis
print(("abcd"):match("((a)(b)((c)(d)))"))
print(("key = value"):match("((%w+)%s*=%s*(%w+))"))
print(("ab"):find("(a)(b)"))
print(("ab"):gsub("((a)(b))", "%3%2%1"))
print(pcall(string.match, "ab", "(a"))
print(pcall(string.match, "ab", "a)"))
print(pcall(string.match, "ab", "(()"))
print(("x"):match("(x)()"))
