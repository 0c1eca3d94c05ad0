-- §6.4 %a and %A (hexadecimal floats, as C99 printf)
for _, v in ipairs({1, 0.5, -2, 0.1, 1e300, 2^-1074, 0, -0.0, 255.5, 1/3}) do
  print(string.format("%a %A %.3a %.0a %20a|", v, v, v, v, v))
end
print(string.format("%a %a", math.huge, -math.huge))
print(string.format("%a", 3))
print(tonumber(string.format("%a", 0.1)) == 0.1)
