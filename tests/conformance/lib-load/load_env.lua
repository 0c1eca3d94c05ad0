-- §6.1 load with env
local env = {x = 10}
local f = load("x = x + 1 return x", "c", "t", env)
print(f(), env.x, x)
print(pcall(load("return y", "c", "t", nil)))
print(load("return print", "c", "t", {})())
local g = load("local a = ... return a, _ENV", "c", "t", env)
local a, e = g("arg")
print(a, e == env)
print(load("return _ENV")() == _G)
local h = load(string.dump(function() return z end), "d", "b", {z = "from env"})
print(h())
print(load("return 1", nil, nil, 5) ~= nil)
print(pcall(load("return x", "c", "t", 5)))
