-- §6.1 pcall results
print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print(select("#", pcall(function() end)))
print(pcall(pcall))
print(pcall(pcall, error, "x"))
print(pcall(nil))
print(pcall({}))
print(pcall(setmetatable({}, {__call = function(self, a) return "called", a end}), 5))
