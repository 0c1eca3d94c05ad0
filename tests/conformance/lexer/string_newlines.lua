-- §3.1 a backslash-newline in a string is a newline; \r\n pairs count once
local s = "a\
b"
print(s == "a\nb")
local f = load("return 'x\\\r\ny'")
print(f() == "x\ny")
print(#load("return [[\r\nabc]]")())
print(load("return [[a\r\nb]]")() == "a\nb")
