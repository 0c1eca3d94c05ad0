-- §3.4.11 local function allows recursion
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10), fact(20), fact(21) < 0)
local fib
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))
local function even(n) if n == 0 then return true end return not even(n - 1) end
print(even(10), even(7))
