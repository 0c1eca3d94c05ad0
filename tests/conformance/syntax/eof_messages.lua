-- §3 incomplete chunks end with "near <eof>"
print(load("function f()"))
print(load("local t = {"))
print(load("while true do"))
print(load("x = 'unfinished"))
print(load("repeat"))
print(load("return 1 +"))
