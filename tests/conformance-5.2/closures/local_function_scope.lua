local function f() return "outer f" end
do
  local function f() return "inner f" end
  print(f())
end
print(f())
local g = function() return g end
print(g())
local function h() return h end
print(h() == h)
local x = 1
local function shadow(x) x = x + 1; return x end
print(shadow(10), x)
