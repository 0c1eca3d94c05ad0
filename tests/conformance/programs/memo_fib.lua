-- §2.4 memoization through __index
local fib = setmetatable({[0] = 0, [1] = 1}, {__index = function(t, n) local v = t[n - 1] + t[n - 2]; t[n] = v; return v end})
print(fib[50], fib[90], math.type(fib[90]))
