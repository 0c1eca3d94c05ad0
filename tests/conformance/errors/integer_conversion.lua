-- §3.4.3 errors converting floats to integers
print(pcall(function() return ("x"):rep(1.5) end))
print(pcall(function() return 1 << 1.5 end))
print(pcall(string.char, 65.5))
print(pcall(function() local t = {}; return t[1.5] end))
print(pcall(table.concat, {1, 2}, ",", 1.5))
