-- §6.1 tostring on basic values
print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring(-1.25), tostring("s"))
print(type(tostring(print)), tostring(print):match("^builtin") or tostring(print):match("^function"))
print(tostring({}):match("^table: ") ~= nil)
print(pcall(tostring))
