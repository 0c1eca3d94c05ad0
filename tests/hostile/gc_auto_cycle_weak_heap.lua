-- limits: timeout=0.3
-- expect: execution timeout
-- within: 0.8
-- env: safe
-- A big heap behind a weak table (so automatic cycles are not postponed), then allocation without end: the
-- automatic cycles it starts must watch the clock too.
local t0 = os.clock()
local heap, n = {}, 0
local weak = setmetatable({}, {__mode = 'k'})
repeat
  for _ = 1, 1000 do n = n + 1; local o = {n}; heap[n] = o; weak[o] = n end
until os.clock() - t0 > 0.15
while true do local x = {} end
