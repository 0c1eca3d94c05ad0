-- §3.4.1 integer division and modulo by zero
print(pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(1 // 0.0, -1 // 0.0, 1 % 0.0 ~= 1 % 0.0, 0.0 / 0.0 ~= 0.0 / 0.0)
print(7 // 2, -7 // 2, 7 // -2, 7.0 // 2, -7 % 3, 7 % -3, -7.5 % 2, 7.5 % -2)
print(5 % math.huge, -5 % math.huge, 5 % -math.huge, -5 % -math.huge)
print(3 % -0.0 ~= 3 % -0.0, math.mininteger // -1, math.mininteger % -1)
