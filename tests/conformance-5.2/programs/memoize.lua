local calls = 0
local function memoize(f)
  local cache = {}
  return function(n)
    local v = cache[n]
    if v == nil then v = f(n); cache[n] = v end
    return v
  end
end
local fib
fib = memoize(function(n) calls = calls + 1; if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(80), calls)
print(fib(80), calls)
local function curry(f, a) return function(...) return f(a, ...) end end
local add3 = curry(curry(function(a, b, c) return a + b + c end, 1), 2)
print(add3(3), add3(10))
local function compose(...)
  local fs = {...}
  return function(x) for i = #fs, 1, -1 do x = fs[i](x) end return x end
end
print(compose(function(x) return x * 2 end, function(x) return x + 1 end)(5))
