-- §6.1 / §4.7 chunk names in messages
print(type(load("error('x')", "=custom")))
print(pcall(load("error('x')", "=custom")))
print(pcall(load("error('x')", "@file.lua")))
print(pcall(load("error('x')")))
print(pcall(load("\n\nerror('x')", "a very long chunk name that is going to be truncated by the formatting rules of lua")))
print(pcall(load("local x = 1\nerror('multi')")))
print(load("x =", "=eof"))
