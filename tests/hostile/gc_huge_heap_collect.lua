-- limits: timeout=0.3
-- expect: execution timeout
-- within: 0.8
-- env: safe
-- A heap as big as can be built in half the time, then full cycles back to back: a cycle must poll the clock
-- while it marks, not only charge its work once it is over.
local t0 = os.clock()
local heap, n = {}, 0
repeat
  for _ = 1, 1000 do n = n + 1; heap[n] = {n} end
until os.clock() - t0 > 0.15
while true do collectgarbage() end
