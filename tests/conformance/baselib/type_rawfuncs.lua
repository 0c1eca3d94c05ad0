-- §6.1 type, rawequal, rawlen, rawget, rawset
print(type(nil), type(1), type("s"), type({}), type(print), type(true), type(coroutine.create(print)))
print(pcall(type))
print(rawlen({1, 2}), rawlen("abc"), pcall(rawlen, 5))
local t = setmetatable({}, {__index = function() return "mm" end})
print(t.x, rawget(t, "x"), rawset(t, "x", 1) == t, rawget(t, "x"))
print(rawequal(1, 1.0), rawequal("a", "a"), rawequal({}, {}))
