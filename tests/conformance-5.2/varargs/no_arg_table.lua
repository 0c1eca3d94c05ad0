local function f(...)
  return arg
end
print(type(f(10, 20)))
local function g(...) return select("#", ...) end
print(g(1, nil, nil))
local t = table.pack(...)
print(t.n)
