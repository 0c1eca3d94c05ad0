-- §6.4 %f %e %g on assorted values
local vals = {0, -0.0, 1, -1, 0.5, 1/3, 2/3, 1e-5, 123456789, 1e15, 1e16, 1e100, 1e-100, 2^63, 5e-324}
for _, v in ipairs(vals) do
  print(string.format("%f|%e|%g|%.3f|%.3e|%.3g|%10.2f|%-12.4e|%+g", v, v, v, v, v, v, v, v, v))
end
