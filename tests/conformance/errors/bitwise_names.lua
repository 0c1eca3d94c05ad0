-- §2.3 bitwise errors distinguish type and representation problems
local f, t = 1.5, {}
print(pcall(function() return f | 1 end))
print(pcall(function() return t & 1 end))
print(pcall(function() return ~t end))
print(pcall(function() return "1.5" | 1 end))
print(pcall(function() return 2^64 >> 1 end))
