print(pcall(string.rep, "ab", 3, ","))
print(("x"):rep(3, "-"))
print(#string.rep("a", 1000))
