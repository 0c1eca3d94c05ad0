-- §6.7 printing NaN and infinities (lua5.4 on x86-64 prints 0/0 as -nan)
local nan = 0/0
print(nan, -nan, math.huge, -math.huge, math.huge - math.huge)
print(string.format("%f %g %e", nan, -nan, nan))
print(tostring(nan) == tostring(0/0), math.type(nan))
print(math.sqrt(-1), math.log(-1), math.acos(2), math.fmod(1, 0.0), math.huge * 0)
