-- §3.3.3 only variables can be assigned
print(load("1 = 2"))
print(load("f() = 1"))
print(load("x, 1 = 1, 2"))
print(load("(x) = 1"))
print(load("x.y"))
print(load("a b"))
