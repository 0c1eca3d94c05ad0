-- §3.4.1 floor division and modulo round towards minus infinity
for _, p in ipairs({{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}}) do
  local a, b = p[1], p[2]
  print(a, b, a // b, a % b, a / b)
end
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 5.0 % -3)
print(pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(1 // 0.0, -1 // 0.0, 1 % 0.0 ~= 1 % 0.0)
print(math.mininteger // -1, math.mininteger % -1)
print(3 % math.huge, -3 % math.huge, 3 % -math.huge)
