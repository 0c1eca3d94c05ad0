-- §3.4.10 proper tail calls do not grow the stack
local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + 1) end
print(loop(1000000, 0))
local function a(n) if n == 0 then return "done" end return (function(m) return a(m) end)(n - 1) end
print(a(100000))
print(select("#", (function() return end)()))
