-- §6.1 pairs/ipairs argument checking
print(pcall(pairs))
print((pcall(pairs, nil)), pcall(function() for k in pairs(nil) do end end))
print(pcall(ipairs))
print(select("#", ipairs({})), select("#", pairs({})))
