-- §3.4.9 table constructors
local t = {1, 2, 3, x = "a", ["y"] = "b", [10] = "c"; 4}
print(#t, t[4], t.x, t.y, t[10])
local function f() return 1, 2, 3 end
local a = {f()}
local b = {f(), f()}
local c = {(f())}
local d = {f(), nil}
print(#a, #b, #c, #d, b[1], b[2], b[4])
local e = {[1] = "a", "b"}
print(e[1])
local g = {n = select("#", f()), f()}
print(g.n, g[3])
