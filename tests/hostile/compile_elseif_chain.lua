-- limits: instructions=10000000 timeout=3 memory=20000000
-- expect: contained
-- within: 3.5
-- 40000 'elseif' clauses: the escape jump list must not be walked once per clause (it took over 2.6 s).
local t = {"if x then "}
for i = 1, 40000 do t[#t+1] = "elseif x == " .. i .. " then " end
t[#t+1] = "end"
local s = table.concat(t)
t = nil
local f = assert(load(s))
error('contained', 0)
