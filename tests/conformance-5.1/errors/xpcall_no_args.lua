print(pcall(xpcall, function(...) return select("#", ...) end, print, 1, 2))
print(xpcall(function(...) return select("#", ...) end, print, 1, 2))
print(pcall(xpcall, print))
