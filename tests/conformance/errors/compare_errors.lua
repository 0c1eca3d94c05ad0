-- §3.4.4 comparison errors name both types
print(pcall(function() return 1 < "x" end))
print(pcall(function() return {} < {} end))
print(pcall(function() return nil > 1 end))
print(pcall(function() return "a" <= 1 end))
print(pcall(function() return true < false end))
