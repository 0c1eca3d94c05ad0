-- §6.4.1 patterns ending in special characters
print(("a-"):find("a-"), ("a"):find("a-"), ("-"):find("-"))
print(("a?"):find("a?"), ("?"):find("?"))
print(("*a"):find("*a"), ("+"):find("+"))
print(("a)"):find("a%)"), pcall(string.find, "a)", "a)"))
print(("a."):find("%.$"))
