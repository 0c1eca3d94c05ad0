-- §2.1 functions are first-class values
local ops = {add = function(a, b) return a + b end, mul = function(a, b) return a * b end}
local function apply(f, ...) return f(...) end
print(apply(ops.add, 2, 3), apply(ops.mul, 2, 3))
local function compose(f, g) return function(...) return f(g(...)) end end
print(compose(tostring, ops.add)(1, 2) .. "!")
print(type(print), type(apply), apply == apply, function() end == function() end)
