-- §3.1 unfinished long strings and comments
print(load("x = [==[ abc ]=]"))
print(load("--[[ unfinished comment"))
print(load("x = [=abc"))
