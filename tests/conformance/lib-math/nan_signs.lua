-- §6.7 NaN signs follow glibc: log/log2 of negatives give -nan, log10 and asin give nan
print(math.log(-1, 2), math.log(-1, 10), math.log(-1, 3), math.log(-math.huge), math.log(0/0), math.log(-(0/0)), math.log(-0.0), math.log(2, -1), math.log10(-1), math.asin(2), math.pow(-8, 1/3), (-8)^(1/3), math.exp(0/0), math.sin(math.huge), math.cos(-math.huge), math.tan(math.huge))
