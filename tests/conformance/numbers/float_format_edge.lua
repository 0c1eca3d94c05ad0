-- §6.4 %.14g formatting edge cases for tostring
local xs = {100000000000000, 1e14 + 0.5, 123456789.123456789, 0.1 * 3, 1 - 1e-15, 2^-10, 1/7, 1e-310, -1e-7, 99999999999999.9}
for _, x in ipairs(xs) do print(x, tostring(x), string.format("%.17g", x)) end
