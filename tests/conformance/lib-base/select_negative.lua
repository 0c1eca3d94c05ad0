-- §6.1 select with negative indices and many values
local function f(...) return select(-2, ...) end
print(f(1, 2, 3), f("a", "b"))
print(pcall(f, 1))
print(select("#", table.unpack({}, 1, 100)))
