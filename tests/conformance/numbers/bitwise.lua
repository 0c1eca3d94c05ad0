-- §3.4.2 bitwise operators on 64-bit integers
print(5 & 3, 5 | 3, 5 ~ 3, ~5, ~0)
print(1 << 62, 1 << 63, 1 << 64, -1 >> 1, -1 >> 63, -1 >> 64)
print(1 << -1, 2 >> -1, 0xFF >> 4, 3.0 | 0)
print(pcall(function() return 1.5 | 0 end))
print(pcall(function() return 2^63 | 0 end))
print(pcall(function() return "a" | 0 end))
print(0x7fffffffffffffff ~ -1, math.mininteger >> 62)
