-- §3.4.4 comparisons across integer and float
print(1 == 1.0, 1 < 1.5, 2^53 == 2^53 + 1, math.maxinteger < 2^63)
print(math.maxinteger + 0.0 == math.maxinteger, math.maxinteger == 2^63)
print(math.mininteger == -2^63, math.mininteger < -2^63)
print(1 < math.huge, math.mininteger > -math.huge)
print("a" < "b", "abc" < "abd", "" < "a", "Z" < "a", "a\0b" < "a\0c")
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} < {} end))
print(1 == "1", "1" ~= 1)
