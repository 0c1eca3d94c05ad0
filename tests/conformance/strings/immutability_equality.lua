-- §2.1 strings are values: equal contents are equal
local a = "abc"
local b = "ab" .. "c"
print(a == b, rawequal(a, b), a:upper(), a)
local t = {}
t[a] = 1
print(t[b], t["abc"])
print(("x"):rep(3) == "xxx", "\0a" == "\0a", "\0a" == "\0b")
