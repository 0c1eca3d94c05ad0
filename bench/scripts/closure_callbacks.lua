-- Closures created in loops: counters, callbacks stored in tables and called later, closures sharing upvalues.
local total = 0
for round = 1, 250 do
  -- callbacks capturing the loop variable (a fresh upvalue per iteration), stored and called later
  local handlers = {}
  for i = 1, 5000 do
    handlers[i] = function(x) return x * i + round end
  end
  for i = 1, #handlers do total = total + handlers[i](2) end

  -- counters: each pair of closures shares one upvalue
  local incs, gets = {}, {}
  for i = 1, 2000 do
    local n = i
    incs[i] = function(d) n = n + d end
    gets[i] = function() return n end
  end
  for k = 1, 5 do
    for i = 1, #incs do incs[i](k) end
  end
  for i = 1, #gets do total = total + gets[i]() end

  -- an event queue of callbacks, run in order; each run may schedule another
  local queue, head = {}, 1
  local function schedule(f) queue[#queue + 1] = f end
  for i = 1, 3000 do
    schedule(function()
      total = total + i
      if i % 3 == 0 then schedule(function() total = total - 1 end) end
    end)
  end
  while head <= #queue do queue[head](); head = head + 1 end

  -- function composition: closures over closures
  local function compose(f, g) return function(x) return f(g(x)) end end
  local f = function(x) return x + 1 end
  for _ = 1, 50 do f = compose(f, function(x) return x + round end) end
  for i = 1, 200 do total = total + f(i) end
end
print(total)
