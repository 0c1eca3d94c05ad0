-- §3.4 invalid operator sequences
print(load("return 1 +* 2"))
print(load("return !x"))
print(load("return x ! y"))
print(load("return 1 == == 2"))
print(load("return a ~= "))
print(load("x = 1 +\n\n"))
