local env = {tostring = tostring}
local f = load("val = 42; return tostring(val)", "=c", "t", env)
print(f(), env.val, val)
local g = load("return ...", "=v")
print(g(1, 2))
print(load("x =", "=bad"))
local parts = {"return ", "1 ", "+ 2"}
local i = 0
print(load(function() i = i + 1; return parts[i] end)())
print(pcall(load, "return 1", "=b", "b"))
print(load("return 1", "=mode", "b"))
local up = load("return _ENV")
print(up() == _G)
