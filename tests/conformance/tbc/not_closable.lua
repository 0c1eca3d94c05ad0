-- §3.3.8 a value without __close cannot be a to-be-closed variable
print(pcall(function() local x <close> = {} end))
print(pcall(function() local x <close> = 42 end))
print(pcall(function() local x <close> = setmetatable({}, {}) end))
print(load("local x <close> = 1; x = 2"))
