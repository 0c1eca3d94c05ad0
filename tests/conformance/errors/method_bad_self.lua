-- §6.4 bad self in method calls
print(pcall(function() return ("x"):rep({}) end))
print(pcall(function() local s = "abc"; return s:sub({}) end))
print(pcall(function() return string.upper() end))
print(pcall(function() return ("x"):format() end))
