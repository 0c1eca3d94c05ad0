-- §3 syntax errors reported by load
print(load("x = = 1"))
print(load("local 1 = 2"))
print(load("f("))
print(load("return return"))
print(load("if x then"))
print(load("for i = 1 do end"))
print(load("x = }"))
print(load("a.b:c = 1"))
