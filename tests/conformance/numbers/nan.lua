-- §3.4.4 NaN compares unequal to itself; printing
local nan = 0/0
print(nan ~= nan, nan == nan, nan < 1, nan > 1)
print(string.format("%.1f", 1/0), string.format("%.1f", -1/0))
print(-(0/0) ~= -(0/0))
local t = {}
print(pcall(function() t[0/0] = 1 end))
print(t[0/0])
print(math.type(nan))
