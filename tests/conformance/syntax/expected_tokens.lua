-- §3 "'x' expected" messages, including the line of the opener
print(load("f(1, 2"))
print(load("local t = {1, 2"))
print(load("if x then\n\nelse\n"))
print(load("for i = 1, 2 do\n\n\n"))
print(load("function f(a, b\nend"))
print(load("x = (1 + 2"))
print(load("local function end"))
