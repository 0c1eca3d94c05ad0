-- Recursive calls: Lua-to-Lua call and return overhead.
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
for _ = 1, 4 do print(fib(32)) end
