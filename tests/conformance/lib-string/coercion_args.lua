-- §6.4 string functions accept numbers as strings
print(string.upper(12), string.len(3.5), string.rep(1, 3), string.sub(123456, 2, 4))
print(string.find(12345, 34), string.match(3.14, "%d+"), string.gsub(1000, "0", "1"))
print(pcall(function() return (10):rep(2) end))
