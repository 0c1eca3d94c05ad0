-- §3.4.9 {...} and table.pack with nils
local function f(...) local t = {...}; return #t, select("#", ...) end
print(f(1, 2, 3))
print(f())
local function g(...) local t = {n = select("#", ...), ...}; return t.n, t[1] end
print(g("x", nil))
print(load("return function() return ... end"))
print(load("function f() return ... end"))
