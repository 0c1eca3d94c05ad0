-- limits: instructions=10000000 timeout=2 memory=20000000
-- expect: not enough memory
-- within: 2.5
-- An endless reader (it used to end with a .NET IOException after gigabytes).
local piece = ("-"):rep(1e6)
local f = load(function() return piece end)
error('load returned ' .. tostring(f), 0)
