-- §3.4.1 ^ and / always produce floats
print(2^2, 2^0.5, 10/5, 1/2, (-8)^(1/3) ~= (-8)^(1/3))
print(math.type(2^2), math.type(4/2))
print(2^-1, 0^0, 0^-1, (-2)^2, -2^2)
print(2^63 == math.maxinteger + 1.0, 2^1023 * 2, 2^-1074)
