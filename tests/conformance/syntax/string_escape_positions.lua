-- §3.1 errors inside strings report the partial token
print(load("x = 'abc\\xZZ'"))
print(load("x = 'line\nbreak'"))
print(load("x = '\\u{D800'"))
print(load("x = '\\9999'"))
