-- §2.3 arithmetic on bad values names the operand
local s, t = "abc", {}
print(pcall(function() return s + 1 end))
print(pcall(function() return t + 1 end))
print(pcall(function() return 1 + t end))
print(pcall(function() return glob * 2 end))
print(pcall(function() return t.x - 1 end))
print(pcall(function() return -t end))
print(pcall(function() return #nil end))
print(pcall(function() local n; return #n end))
print(pcall(function() return 2 ^ {} end))
