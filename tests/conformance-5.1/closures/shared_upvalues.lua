local function pair()
  local v = 0
  return function() v = v + 1 end, function() return v end
end
local inc, get = pair()
inc(); inc()
print(get())
local function outer()
  local x = 1
  local function mid()
    local function inner() x = x * 2; return x end
    return inner
  end
  return mid(), function() return x end
end
local f, g = outer()
f(); f()
print(g())
