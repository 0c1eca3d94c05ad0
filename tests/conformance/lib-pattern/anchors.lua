-- §6.4.1 ^ and $ anchors
print(("hello"):find("^h"), ("hello"):find("^e"), ("hello"):find("o$"), ("hello"):find("l$"))
print(("a^b"):find("a^b"), ("a$b"):find("a$b"), ("$"):find("$"), ("$"):find("^$$"))
print(("hello"):gsub("^h", "H"), ("hh"):gsub("^h", "H"))
print(("hello"):gsub("$", "!"), ("hello"):gsub("^", ">"))
print((""):find("^$"), ("x"):find("^$"))
print(("abc"):match("^(a)(.*)$"))
