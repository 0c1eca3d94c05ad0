local function f(...)
  return arg and arg.n, arg and arg[1]
end
print(f(10, 20))
local function g(...)
  local n = select("#", ...)
  return n, arg
end
print(g(1, 2))
local function h(a, ...) return arg.n, arg[2] end
print(h(1, 2, 3))
local function keep(...) local arg = "local"; return arg end
print(keep(1))
