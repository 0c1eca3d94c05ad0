-- limits: instructions=10000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- A reader returning 2000 pieces of 4 MB: the buffer collecting them is checked against the limit.
local piece = ("a=1 "):rep(1e6)
local n = 0
local f = load(function() n = n + 1 if n > 2000 then return nil end return piece end)
error('load returned ' .. tostring(f), 0)
