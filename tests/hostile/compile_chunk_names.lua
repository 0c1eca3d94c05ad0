-- limits: instructions=10000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- Chunks keep their (5 MB) names: the names count against the memory limit.
local name = ("n"):rep(5e6)
local t = {}
for i = 1, 60 do t[i] = load("return function() return function() end end", name .. i) end
error('kept ' .. #t .. ' chunks, count ' .. collectgarbage("count"), 0)
