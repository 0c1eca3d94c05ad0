-- §2.4 indexing non-tables uses the type's metatable
print(("x").len == string.len, pcall(function() return (1).x end))
print(pcall(function() local b = true; return b.x end))
print(pcall(function() local n; n.x = 1 end))
