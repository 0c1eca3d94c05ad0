-- §2.6 a producer -> filter -> consumer pipeline with coroutines
local function producer() return coroutine.wrap(function() for i = 1, 20 do coroutine.yield(i) end end) end
local function filter(src, pred) return coroutine.wrap(function() for v in src do if pred(v) then coroutine.yield(v) end end end) end
local function map(src, f) return coroutine.wrap(function() for v in src do coroutine.yield(f(v)) end end) end
local out = {}
for v in map(filter(producer(), function(x) return x % 3 == 0 end), function(x) return x * x end) do out[#out + 1] = v end
print(table.concat(out, " "))
