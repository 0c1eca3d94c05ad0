-- §6.7 integer limits
print(math.maxinteger, math.mininteger)
print(math.maxinteger + math.mininteger, math.mininteger // -1)
print(math.ult(1, -1), math.ult(-1, 1), math.ult(math.maxinteger, math.mininteger))
print(math.abs(math.mininteger), math.abs(-5), math.abs(-5.5))
print(-9223372036854775808 == math.mininteger, math.type(-9223372036854775808))
