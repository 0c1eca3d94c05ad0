-- §3.4.11 '...' only inside vararg functions
print(load("function f() return ... end"))
print(load("return function(a, ...) return ... end") ~= nil)
print(load("function f(..., a) end"))
