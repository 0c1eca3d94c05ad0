-- §3.5 closures created in the same scope share upvalues
local set, get
do
  local x = 1
  set = function(v) x = v end
  get = function() return x end
end
set(42)
print(get())
local function outer()
  local a = 0
  local function mid()
    local function inner() a = a + 1; return a end
    return inner
  end
  return mid(), mid(), function() return a end
end
local i1, i2, ga = outer()
i1(); i2(); i1()
print(ga())
