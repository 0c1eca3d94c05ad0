-- §3.4.3 float to integer conversions in bitwise ops and indices
print(2.0 | 1, 3.0 & 1, pcall(function() return 2.5 | 1 end))
print(pcall(function() return 2^63 | 0 end))
print(pcall(function() return math.huge | 0 end))
print(pcall(function() return (0/0) | 0 end))
print(1 << 63, 1 << 64, -1 >> 1, -1 >> 64, 1 << -1, 2 >> -1, ~0)
print(("x"):rep(2.0), pcall(string.rep, "x", 2.5))
