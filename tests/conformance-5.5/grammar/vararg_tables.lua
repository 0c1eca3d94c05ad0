-- Lua 5.5 manual §3.4.11: named vararg tables
local function f(a, ...t) return t.n, t[1], t[2], t[3], t.x, ... end
print(f(1, 2, 3))
print(f(1))
local function g(...t) t[1] = 5; t.n = 2; return ... end
print(g(1, 2, 3))
local function h(...t) return t end
local t = h(1, nil, 3)
print(t.n, t[1], t[2], t[3])
local function bad(...t) t.n = -1; return ... end
print(pcall(bad, 1))
local function bad2(...t) t.n = 1.5; return ... end
print(pcall(bad2, 1))
local function nested(...a) return function(...b) return a.n, b.n end end
print(nested(1, 2)(3))
print(load("return function (... t) t = 10 end"))
print(load("local function foo (...extra) return function (...) extra = nil end end"))
local function env(..._ENV) global a; a = 10; return a end
print(env())
local function method(...t) return t:n() end
print(pcall(method))
local function keys(...v) return v[0], v[1.0], v["n"], v["1"], v[-1] end
print(keys("a", "b"))
local function count(...v)
  local m = collectgarbage("count")
  local x = v[1]
  return m == collectgarbage("count")
end
print(count(1, 2))
local function locals(a, ...) return debug.getlocal(1, 2) end
print(locals(1, 2))
