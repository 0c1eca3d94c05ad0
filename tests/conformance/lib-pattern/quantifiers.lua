-- §6.4.1 *, +, -, ? single-character repetitions
print(("aaab"):match("a*"), ("aaab"):match("a+"), ("aaab"):match("a-"), ("aaab"):match("a?"))
print(("aaab"):match("a-b"), ("<a><b>"):match("<(.-)>"), ("<a><b>"):match("<(.*)>"))
print(("b"):match("a*b"), ("b"):match("a+b"), ("ab"):match("a?b"), ("aab"):match("a?b"))
print(("xyz"):match("x*"), ("xyz"):match("y*"), ("xyz"):find("y*"))
print(("  x"):find("%s*x"), ("ab"):find("b-"))
print(("a+"):match("a+%+"), ("*"):match("*"), ("a*"):find("*", 1, true))
print(("aaa"):gsub("a-", "-"))
print(("aaa"):gsub("a?", "-"))
