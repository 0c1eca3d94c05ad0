-- §6.4 %q on strings: quotes, escapes, control bytes
print(string.format("%q", 'he said "hi"\n\\ back'))
print(string.format("%q", "\0\1\0012\r\t\27x\127\255"))
print(string.format("%q", "\0009"))
print(string.format("%q", "tab\there"))
print(string.format("%q", ""))
local s = string.format("%q", "\r\n\0z\200")
print(load("return " .. s)() == "\r\n\0z\200")
