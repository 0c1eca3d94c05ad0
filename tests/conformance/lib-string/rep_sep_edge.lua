-- §6.4 string.rep with separators at the edges
print(string.rep("a", 1, "XYZ"), string.rep("a", 2, ""), string.rep("", 3, "-"), string.rep("ab", 3, "\0"):byte(1, -1))
print(#string.rep("a", 100000, "b"))
