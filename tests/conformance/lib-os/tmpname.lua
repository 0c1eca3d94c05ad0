-- §6.9 os.tmpname returns a fresh name
local a, b = os.tmpname(), os.tmpname()
print(type(a), a ~= b, #a > 0)
os.remove(a) os.remove(b)
