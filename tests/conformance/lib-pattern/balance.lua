-- §6.4.1 %b balanced matches
print(("f(a(b)c) (d)"):match("%b()"))
print(("f(a(b)c) (d)"):gsub("%b()", "X"))
print(("[[x]]"):match("%b[]"), ("((("):match("%b()"), ("))"):match("%b()"))
print(("if x then y end end"):match("%bie"))
print(("aXbXc"):match("%bXX"))
print(pcall(string.find, "abc", "%b"))
print(pcall(string.find, "abc", "%ba"))
print(("<<a>>"):find("%b<>", 2))
