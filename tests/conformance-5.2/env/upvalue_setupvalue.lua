local f = load("return x")
local uname, uval = debug.getupvalue(f, 1)
print(uname, uval == _G)
debug.setupvalue(f, 1, {x = "replaced"})
print(f())
local function g() return y end
local name = debug.getupvalue(g, 1)
print(name)
local e = {y = "from env"}
debug.upvaluejoin(g, 1, function() return e end, 1)
print(g())
