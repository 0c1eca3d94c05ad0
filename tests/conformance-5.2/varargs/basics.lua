local function f(...) return select("#", ...), ... end
print(f())
print(f(nil))
print(f(1, nil, 3))
local function g(a, ...) local b, c = ...; return a, b, c end
print(g(1, 2, 3, 4))
print(select(2, "a", "b", "c"), select(-1, "a", "b", "c"))
print(pcall(function() return select(0, "a") end))
local function pass(...) return ... end
print(pass(1, 2), pass(3, 4))
print((pass(5, 6)))
