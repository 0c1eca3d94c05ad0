-- §3.4.1 integer/float boundaries
print(2^53, 2^53 + 1, math.tointeger(2^53), (2^53 | 0) + 1)
print(-0.0, 0.0 == -0.0, 1 / -0.0, 1 / 0.0, math.huge == 1 / 0)
local nan = 0/0
print(nan == nan, nan ~= nan, nan < 1, nan > 1, string.format("%s", -nan):gsub("-", ""))
print(math.maxinteger * 2, math.mininteger * -1, math.maxinteger // -1, math.mininteger // -1, math.mininteger % -1)
print(1 == 1.0, math.maxinteger == math.maxinteger + 0.0, 2^63 == math.maxinteger + 1.0)
print(math.maxinteger < 2^63, math.mininteger <= -2^63, math.maxinteger + 0.0 == 2^63)
print(9007199254740993, 9007199254740993.0, 0x7fffffffffffffff + 1)
