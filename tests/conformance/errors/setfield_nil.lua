-- §2.3 assigning into nil and non-table values
print(pcall(function() local a; a.b = 1 end))
print(pcall(function() undefined_table.x = 1 end))
print(pcall(function() local s = "s"; s.x = 1 end))
print(pcall(function() local n = 5; n[1] = 2 end))
