-- §3.1 malformed escapes are syntax errors
print(load([[return "\q"]]))
print(load([[return "\x4"]]))
print(load([[return "\256"]]))
print(load([[return "\u{110000000}"]]))
print(load([[return "abc]]))
print(load("return [[abc"))
print(load([[return "\u{}"]]))
