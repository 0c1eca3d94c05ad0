-- The gmatch iterator is a host closure over its subject, pattern and state (lstrlib.c): it has three upvalues,
-- each with its own identity.
local it = string.gmatch("hello world", "%a+")
print(debug.upvalueid(it, 1) ~= nil, debug.upvalueid(it, 3) ~= nil, debug.upvalueid(it, 4))
print(debug.upvalueid(it, 1) == debug.upvalueid(it, 1), debug.upvalueid(it, 1) == debug.upvalueid(it, 2))
print(select(2, debug.getupvalue(it, 1)), select(2, debug.getupvalue(it, 2)))
print(it(), it(), it())
print(debug.upvalueid(print, 1))
