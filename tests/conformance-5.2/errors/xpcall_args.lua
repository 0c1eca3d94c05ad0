print(xpcall(function(...) return select("#", ...), ... end, print, 1, 2))
print(xpcall(function(a, b) return a + b end, print, 3, 4))
print(pcall(function() return xpcall(print) end))
print(xpcall(function(a) error(a) end, function(m) return "caught " .. m end, "arg-err"))
