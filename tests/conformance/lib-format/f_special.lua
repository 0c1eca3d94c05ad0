-- §6.4 floats: inf and nan
local inf, nan = math.huge, 0/0
print(string.format("%f %e %g %E %G", inf, inf, inf, inf, inf))
print(pcall(string.format, "%F", inf))
print(string.format("%f %e %g", -inf, -inf, -inf))
print(string.format("%5.1f|%-6g|%+f", inf, -inf, inf))
print(string.format("%.1f", nan):gsub("-", ""), string.format("%g", -nan):gsub("-", ""))
print(string.format("%010f|%010g", inf, -inf))
