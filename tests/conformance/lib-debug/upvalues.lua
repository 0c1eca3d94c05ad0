-- §6.10 getupvalue, setupvalue, upvaluejoin, upvalueid
local x, y = 1, 2
local function f() return x end
local function g() return y end
print(debug.getupvalue(f, 1), debug.getupvalue(f, 2), debug.getupvalue(g, 1))
print(debug.setupvalue(f, 1, 10), x, f())
print(debug.setupvalue(f, 5, 1))
debug.upvaluejoin(f, 1, g, 1)
print(f(), g())
y = 3
print(f())
print(debug.upvalueid(f, 1) == debug.upvalueid(g, 1), debug.upvalueid(f, 1) == debug.upvalueid(f, 1))
print(pcall(debug.upvaluejoin, f, 2, g, 1))
print(pcall(debug.upvaluejoin, print, 1, g, 1))
print(pcall(debug.upvaluejoin, f, 1, print, 1))
print(pcall(debug.upvalueid, f, 3))
print(debug.getupvalue(print, 1))
print(pcall(debug.getupvalue, 1, 1))
