-- §3.4.1 integer arithmetic wraps around
print(math.maxinteger + 1 == math.mininteger)
print(math.mininteger - 1 == math.maxinteger)
print(math.maxinteger * 2, math.mininteger * -1)
print(-math.mininteger, math.mininteger // 1)
print(math.maxinteger + 0.0, math.maxinteger + 1.0 == 2^63)
print(9007199254740993, 9007199254740993.0)
