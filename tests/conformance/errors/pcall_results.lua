-- §6.1 pcall returns true plus all results, or false plus the error object
print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print(pcall(print, "inside"))
print(pcall(pcall, error, "x"))
print(pcall(pcall))
print(pcall(nil))
print(pcall(42))
