-- §3.3.5 for loop errors name the offending part
print(pcall(function() for i = nil, 1 do end end))
print(pcall(function() for i = 1, 2, "x" do end end))
print(pcall(function() for i = 1.5, "x" do end end))
