local print, tostring = print, tostring
local function make(_ENV) return function() return name end end
local f1, f2 = make({name = "one"}), make({name = "two"})
print(f1(), f2())
local shared = {n = 0}
local function counter()
  local _ENV = shared
  n = n + 1
  return n
end
print(counter(), counter(), shared.n)
local t = {}
do
  local _ENV = t
  function greet() return "hi from t" end
  value = 5
end
print(t.greet(), t.value, greet)
local function outer()
  local _ENV = {inner_var = "inner"}
  return function() return inner_var end
end
print(outer()())
print(_ENV == _G, rawget(_G, "value"))
