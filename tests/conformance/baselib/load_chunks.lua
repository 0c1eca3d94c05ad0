-- §6.1 load with strings, functions, modes and environments
print(load("return 1 + 1")())
local parts = {"return ", "'pie", "ce'"}
local i = 0
print(load(function() i = i + 1; return parts[i] end)())
print(load("syntax error here"))
print(load("return x", "chunk", "t", {x = "from env"})())
print(load("return 1", "=name", "b"))
local f = load("x = 10; return x", "=setter", "t", {})
print(f(), x)
print(pcall(load, 42))
print(type(load(function() return nil end)))
