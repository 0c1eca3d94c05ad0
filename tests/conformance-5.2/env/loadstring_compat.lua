print(type(loadstring))
print(loadstring == load)
print(loadstring("return 7")())
print(pcall(load("error('x')")))
