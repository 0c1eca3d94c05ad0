-- §6.4 string.format %q produces readable, reloadable literals
print(string.format("%q", 'a "quoted"\n\0 \r\t\\ string'))
print(string.format("%q", 1/3), string.format("%q", 10), string.format("%q", math.mininteger))
print(string.format("%q", 1/0), string.format("%q", -1/0), string.format("%q", 0/0))
print(string.format("%q", "\1\0012\200"))
local s = "tab\tand\0zero\r\n"
print(load("return " .. string.format("%q", s))() == s)
print(pcall(string.format, "%q", {}))
