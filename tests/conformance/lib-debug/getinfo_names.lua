-- §6.10 function names as seen by getinfo "n"
local function callee() local t = debug.getinfo(2, "n") local s = debug.getinfo(1, "n") return s.name, s.namewhat end
local function caller() return (callee()) end
print(callee())
local t = {m = function() local s = debug.getinfo(1, "n") return s.name, s.namewhat end}
print(t.m())
print(t:m())
glob = function() local s = debug.getinfo(1, "n") return s.name, s.namewhat end
print(glob())
