local function f() return x end
print((debug.getupvalue(f, 1)))
local function g() local y = 1; return y end
print(debug.getupvalue(g, 1))
local function h() return print end
print((debug.getupvalue(h, 1)))
local chunk = load("return 1")
local name, env = debug.getupvalue(chunk, 1)
print(name, env == _G)
print(select(2, load("local _ENV = 1; return x")) == nil, pcall(load("local _ENV = 1; return x")))
