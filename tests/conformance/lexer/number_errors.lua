-- §3.1 malformed numbers
print(load("return 3x"))
print(load("return 0x"))
print(load("return 1e"))
print(load("return 1..2"))
print(load("return 08")(), load("return 0.8e1")())
print(load("return 1.2.3"))
