-- §3.3.4 label syntax errors
print(load("::1::"))
print(load("::a"))
print(load("goto 1"))
print(load("::a:: goto a", "=ok") ~= nil)
