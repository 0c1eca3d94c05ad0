-- limits: instructions=10000000 timeout=6 memory=20000000
-- expect: contained
-- within: 6.5
-- 40000 'elseif' clauses: the escape jump list must not be walked once per clause (it took over 2.6 s;
-- Hardening/CompileLimitTests checks 80000 clauses compile in linear time). The timeout leaves room for the GC
-- pauses of a busy test run (the Debug build compiles this in ~1 s alone, 3 s beside the whole suite).
local t = {"if x then "}
for i = 1, 40000 do t[#t+1] = "elseif x == " .. i .. " then " end
t[#t+1] = "end"
local s = table.concat(t)
t = nil
local f = assert(load(s))
error('contained', 0)
