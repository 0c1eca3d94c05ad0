-- §3.4.9 allocation-heavy binary trees (as in the benchmarks game, small depth)
local function make(d) if d == 0 then return {} end d = d - 1; return {make(d), make(d)} end
local function check(t) if t[1] then return 1 + check(t[1]) + check(t[2]) end return 1 end
for d = 4, 10, 2 do
  local iters = 1 << (10 - d + 4)
  local c = 0
  for i = 1, iters do c = c + check(make(d)) end
  print(iters, d, c)
end
