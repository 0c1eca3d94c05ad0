print(string.rep("ab", 2))
print(("x"):rep("many"))
